package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.corpusbench.query.Constraint.And;
import org.corpusbench.query.Constraint.Attribute;
import org.corpusbench.query.Constraint.Not;
import org.corpusbench.query.Constraint.Or;
import org.corpusbench.query.Node.Alternation;
import org.corpusbench.query.Node.Repeat;
import org.corpusbench.query.Node.Sequence;
import org.corpusbench.query.Node.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqlParserTest {

    private static Attribute attr(String name, String pattern) {
        return new Attribute(name, false, pattern, false);
    }

    private static Token word(String pattern) {
        return Token.of(attr("word", pattern));
    }

    private static Node body(String query) {
        return CqlParser.parse(query).body();
    }

    @Test
    void bareStringIsShorthandForWord() {
        assertEquals(word("发展"), body("\"发展\""));
        assertEquals(body("[word=\"发展\"]"), body("\"发展\""));
        assertEquals(word("发展"), body("'发展'"));
    }

    @Test
    void attributeTests() {
        assertEquals(word("发.*"), body("[word=\"发.*\"]"));
        assertEquals(Token.of(new Attribute("word", true, "的", false)), body("[word!=\"的\"]"));
        assertEquals(Token.of(attr("type", "number")), body("[type=\"number\"]"));
        assertEquals(Token.of(attr("pos", "n.*")), body("[pos='n.*']"), "unknown attributes need no grammar change");
        assertEquals(Token.of(new Attribute("word", false, "abc", true)), body("[word=\"abc\"%c]"));
        assertEquals(Token.of(new Attribute("word", false, "abc", true)), body("\"abc\"%c"));
    }

    @Test
    void booleanOperatorsAndParentheses() {
        Attribute a = attr("word", "a");
        Attribute t = attr("type", "number");
        assertEquals(Token.of(new And(List.of(a, t))), body("[word=\"a\" & type=\"number\"]"));
        assertEquals(Token.of(new Or(List.of(a, t))), body("[word=\"a\"|type=\"number\"]"));
        assertEquals(Token.of(new Not(a)), body("[!word=\"a\"]"));
        // & binds tighter than |
        assertEquals(Token.of(new Or(List.of(a, new And(List.of(t, a))))),
                body("[word=\"a\" | type=\"number\" & word=\"a\"]"));
        assertEquals(Token.of(new And(List.of(new Or(List.of(a, t)), a))),
                body("[(word=\"a\" | type=\"number\") & word=\"a\"]"));
        assertEquals(Token.of(new Not(new Or(List.of(a, t)))), body("[!(word=\"a\" | type=\"number\")]"));
    }

    @Test
    void anyToken() {
        assertEquals(Token.any(), body("[]"));
        assertEquals(Token.any(), body("[ ]"));
    }

    @Test
    void sequencesRepetitionsAndAlternatives() {
        assertEquals(new Sequence(List.of(word("经济"), word("发展"))), body("\"经济\" \"发展\""));
        assertEquals(new Repeat(Token.any(), 0, 3), body("[]{0,3}"));
        assertEquals(new Repeat(word("a"), 2, 2), body("\"a\"{2}"));
        assertEquals(new Repeat(word("a"), 2, Repeat.UNBOUNDED), body("\"a\"{2,}"));
        assertEquals(new Repeat(word("a"), 0, 1), body("\"a\"?"));
        assertEquals(new Repeat(word("a"), 0, Repeat.UNBOUNDED), body("\"a\"*"));
        assertEquals(new Repeat(word("a"), 1, Repeat.UNBOUNDED), body("\"a\"+"));
        assertEquals(new Repeat(new Sequence(List.of(word("a"), word("b"))), 1, 3), body("(\"a\" \"b\"){1,3}"));
        assertEquals(new Sequence(List.of(word("x"),
                        new Alternation(List.of(new Sequence(List.of(word("a"), word("b"))), word("c"))))),
                body("\"x\" (\"a\" \"b\" | \"c\")"));
        assertEquals(new Alternation(List.of(word("a"), word("b"))), body("\"a\" | \"b\""));
        assertEquals(new Sequence(List.of(word("经济"), new Repeat(Token.any(), 0, 2), word("发展"))),
                body("\"经济\" []{0,2} \"发展\""));
    }

    @Test
    void within() {
        assertEquals(new Query(word("a"), Optional.of("s")), CqlParser.parse("\"a\" within s"));
        assertEquals(Optional.of("text"), CqlParser.parse("\"a\" \"b\" within text").within());
        assertEquals(Optional.empty(), CqlParser.parse("\"a\"").within());
    }

    @Test
    void escapes() {
        assertEquals(word("a\"b"), body("\"a\\\"b\""));
        assertEquals(word("\\\\"), body("\"\\\\\\\\\""), "\\\\ is one backslash, so four make a regex for a literal one");
        assertEquals(word("\\d+"), body("\"\\d+\""), "a regex's own backslashes pass through");
        assertEquals(word("it's"), body("'it\\'s'"));
        assertEquals(word("say \"hi\""), body("'say \"hi\"'"));
    }

    @Test
    void missingBracketReportsPositionAndExpectation() {
        CqlSyntaxException e = assertThrows(CqlSyntaxException.class, () -> CqlParser.parse("[word=\"发展\""));
        assertEquals(10, e.position());
        assertEquals("Expected ']' at position 10, found end of query", e.problem());
        e = assertThrows(CqlSyntaxException.class, () -> CqlParser.parse("[word=\"abcde\" "));
        assertEquals("Expected ']' at position 14, found end of query", e.problem());
        assertTrue(e.getMessage().contains("\n  [word=\"abcde\" \n                ^"), e.getMessage());
    }

    @Test
    void otherSyntaxErrors() {
        assertError("", 0, "Expected a token: a string, '[' or '(' at position 0, found end of query");
        assertError("[word]", 5, "Expected '=' or '!=' at position 5, found ']'");
        assertError("[word=发展]", 6, "Expected a quoted string at position 6, found '发展'");
        assertError("[=\"a\"]", 1, "Expected an attribute name (e.g. word), '!' or '(' at position 1, found '='");
        assertError("(\"a\" \"b\"", 8, "Expected ')' or '|' at position 8, found end of query");
        assertError("\"a\" )", 4, "Expected a token, '|', 'within' or end of query at position 4, found ')'");
        assertError("\"a\" within", 10, "Expected a region name after 'within' (e.g. s, text) at position 10, found end of query");
        assertError("\"a", 0, "Unterminated string starting at position 0: expected closing \"");
        assertError("\"a\" # \"b\"", 4, "Unexpected character '#' at position 4");
        assertError("\"a\"%d", 3, "Unsupported flag '%d' at position 3; only %c is supported");
        assertError("\"a\"{2", 5, "Expected ',' or '}' at position 5, found end of query");
        assertError("\"a\"{}", 4, "Expected a number at position 4, found '}'");
    }

    @Test
    void invalidRegexNamesItsPosition() {
        CqlSyntaxException e = assertThrows(CqlSyntaxException.class, () -> CqlParser.parse("\"a\" [word=\"(ab\"]"));
        assertEquals(10, e.position());
        assertTrue(e.problem().startsWith("Invalid regular expression \"(ab\" at position 10: "), e.problem());
        assertEquals(0, assertThrows(CqlSyntaxException.class, () -> CqlParser.parse("\"*\"")).position());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\"{3,2}", "\"a\"{101}", "\"a\"{1,101}", "\"a\"{99999999999}"})
    void repetitionBoundsAreChecked(String query) {
        CqlSyntaxException e = assertThrows(CqlSyntaxException.class, () -> CqlParser.parse(query));
        assertTrue(e.problem().startsWith("Repetition"), e.problem());
    }

    @Test
    void repetitionErrorMessages() {
        assertError("\"a\"{3,2}", 4, "Repetition {3,2} at position 4 has its lower bound above its upper bound");
        assertError("\"a\"{1,101}", 6, "Repetition bound 101 at position 6 is above the maximum of 100");
        assertEquals(new Repeat(word("a"), 100, 100), body("\"a\"{100}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[word=\"发.*\"]",
        "[word!=\"的\"] [type=\"number\"]",
        "[] [word=\"a\"%c]{2,}",
        "([word=\"a\"] [word=\"b\"] | [word=\"c\"])+ within s",
        "[word=\"a\"] | [word=\"b\"] within text",
        "[!(word=\"a\" | type=\"x\") & pos=\"n\"]",
        "[word=\"\\d+\"] [word=\"\\\\\\\\\"] [word=\"a\\\"b\"]",
        "([word=\"a\"]{2}){3}",
        "([word=\"a\"] [word=\"b\"]) [word=\"c\"]",
    })
    void canonicalFormRoundTrips(String canonical) {
        Query query = CqlParser.parse(canonical);
        assertEquals(canonical, query.toString());
        assertEquals(query, CqlParser.parse(query.toString()));
    }

    @Test
    void shorthandPrintsInCanonicalForm() {
        assertEquals("[word=\"经济\"] []{0,2} [word=\"发展\"]", CqlParser.parse("'经济' []{0,2} \"发展\"").toString());
        assertEquals("[word=\"a\"]?", CqlParser.parse("\"a\"{0,1}").toString());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtTheFirstParenthesisTooDeep() {
        String fifty = "(".repeat(50) + "\"a\"" + ")".repeat(50);
        assertEquals(CqlParser.parse("\"a\""), CqlParser.parse(fifty));
        assertError("(".repeat(51) + "\"a\"" + ")".repeat(51), 50,
                "Nesting deeper than 50 levels of '(' or '!' at position 50; simplify the query");
        assertError("[" + "!".repeat(30) + "(".repeat(21) + "word=\"a\"" + ")".repeat(21) + "]", 51,
                "Nesting deeper than 50 levels of '(' or '!' at position 51; simplify the query");
        // the reviewer's case, cut to the length limit: this deep it used to overflow the stack
        assertError("(".repeat(9_990) + "\"a\"", 50, "Nesting deeper than 50 levels of '(' or '!' at position 50; simplify the query");
    }

    @Test
    void queriesLongerThanTheLimitAreRefused() {
        String longest = "\"的\"" + " []".repeat((CqlParser.MAX_LENGTH - 3) / 3) + " ";
        assertEquals(CqlParser.MAX_LENGTH, longest.length());
        CqlParser.parse(longest);
        assertError(longest + " ", 10_000, "The query is 10001 characters long; at most 10000 are allowed"
                + " (position 10000 is past the limit)");
    }

    private static void assertError(String query, int position, String problem) {
        CqlSyntaxException e = assertThrows(CqlSyntaxException.class, () -> CqlParser.parse(query));
        assertEquals(problem, e.problem());
        assertEquals(position, e.position());
        assertEquals(query, e.query());
    }
}
