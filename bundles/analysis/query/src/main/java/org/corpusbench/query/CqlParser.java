package org.corpusbench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recursive-descent parser for the CQL subset the workbench understands.
 *
 * <pre>
 * query       := alternation ( "within" IDENT )? END
 * alternation := sequence ( "|" sequence )*
 * sequence    := repeated+
 * repeated    := atom ( "?" | "*" | "+" | "{" n "}" | "{" n "," "}" | "{" n "," m "}" )?
 * atom        := STRING FLAG? | "[" constraint? "]" | "(" alternation ")"
 * constraint  := and ( "|" and )*
 * and         := unary ( "&amp;" unary )*
 * unary       := "!" unary | "(" constraint ")" | IDENT ( "=" | "!=" ) STRING FLAG?
 * </pre>
 *
 * A bare string is shorthand for {@code [word="..."]}. Inside brackets {@code &} binds tighter than {@code |}.
 * Strings are Java regular expressions matching the whole value; the only flag is {@code %c} (ignore case).
 *
 * <p>The grammar takes any attribute and region name, so new attributes need no change here;
 * {@link #parse(String, AttributeResolver)} then refuses names the engine does not know, at their position.
 */
public final class CqlParser {

    /** The attribute a bare string such as {@code "发展"} tests. */
    public static final String DEFAULT_ATTRIBUTE = "word";
    /** Regions after {@code within} the engine knows: {@code s} (a sentence) and {@code text} (a document). */
    public static final List<String> REGIONS = List.of("s", "text");
    /** Longest query text, in code points: hand-typed queries are far shorter, and the parser need not read megabytes. */
    public static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses and {@code !}: the parser recurses per level, so this bounds its stack. */
    public static final int MAX_NESTING = 50;

    private final String query;
    private final List<Lexer.Tok> tokens;
    /** Attributes to accept, or null to accept any name (syntax only). */
    private final AttributeResolver attributes;
    private int index;
    private int nesting;

    private CqlParser(String query, AttributeResolver attributes) {
        this.query = query;
        int length = query.codePointCount(0, query.length());
        if (length > MAX_LENGTH) {
            throw new CqlSyntaxException(query, MAX_LENGTH, "The query is " + length + " characters long; at most "
                    + MAX_LENGTH + " are allowed (position " + MAX_LENGTH + " is past the limit)");
        }
        this.tokens = Lexer.tokenize(query);
        this.attributes = attributes;
    }

    /**
     * Parses a query's syntax, accepting any attribute and region name.
     *
     * @param query CQL text
     * @return the syntax tree
     * @throws CqlSyntaxException with the position and what was expected, if the text is not a valid query
     */
    public static Query parse(String query) {
        return new CqlParser(query, null).query();
    }

    /**
     * Parses a query the engine can run: besides the syntax, every attribute must be one the resolver knows
     * and the region one of {@link #REGIONS}.
     *
     * @param query      CQL text
     * @param attributes the attributes queries may test
     * @return the syntax tree
     * @throws CqlSyntaxException with the position and what was expected or which names are available
     */
    public static Query parse(String query, AttributeResolver attributes) {
        return new CqlParser(query, attributes).query();
    }

    private Query query() {
        Node body = alternation();
        Optional<String> within = Optional.empty();
        if (peek().kind() == Lexer.Kind.IDENT && peek().text().equals("within")) {
            index++;
            Lexer.Tok region = peek();
            if (region.kind() != Lexer.Kind.IDENT) {
                throw expected("a region name after 'within' (e.g. s, text)");
            }
            if (attributes != null && !REGIONS.contains(region.text())) {
                throw new CqlSyntaxException(query, region.position(), "Unknown region '" + region.text()
                        + "' at position " + region.position() + "; available regions: s (sentence), text (document)");
            }
            index++;
            within = Optional.of(region.text());
        }
        if (peek().kind() != Lexer.Kind.END) {
            throw expected(within.isPresent() ? "end of query" : "a token, '|', 'within' or end of query");
        }
        return new Query(body, within);
    }

    private Node alternation() {
        List<Node> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (peek().is("|")) {
            index++;
            alternatives.add(sequence());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Node.Alternation(alternatives);
    }

    private Node sequence() {
        List<Node> elements = new ArrayList<>();
        elements.add(repeated());
        while (startsAtom(peek())) {
            elements.add(repeated());
        }
        return elements.size() == 1 ? elements.get(0) : new Node.Sequence(elements);
    }

    private static boolean startsAtom(Lexer.Tok tok) {
        return tok.kind() == Lexer.Kind.STRING || tok.is("[") || tok.is("(");
    }

    private Node repeated() {
        Node atom = atom();
        Lexer.Tok tok = peek();
        if (tok.is("?") || tok.is("*") || tok.is("+")) {
            index++;
            return new Node.Repeat(atom, tok.is("+") ? 1 : 0, tok.is("?") ? 1 : Node.Repeat.UNBOUNDED);
        }
        if (!tok.is("{")) {
            return atom;
        }
        index++;
        Lexer.Tok minTok = peek();
        int min = bound();
        int max = min;
        boolean comma = peek().is(",");
        if (comma) {
            index++;
            max = peek().kind() == Lexer.Kind.NUMBER ? bound() : Node.Repeat.UNBOUNDED;
        }
        expect("}", comma ? "'}'" : "',' or '}'");
        if (max != Node.Repeat.UNBOUNDED && max < min) {
            throw new CqlSyntaxException(query, minTok.position(), "Repetition {" + min + "," + max + "} at position "
                    + minTok.position() + " has its lower bound above its upper bound");
        }
        return new Node.Repeat(atom, min, max);
    }

    private int bound() {
        Lexer.Tok tok = peek();
        if (tok.kind() != Lexer.Kind.NUMBER) {
            throw expected("a number");
        }
        // compare as text length first so huge numbers cannot overflow int
        if (tok.text().replaceFirst("^0+(?=.)", "").length() > 3 || Integer.parseInt(tok.text()) > Node.Repeat.MAX_BOUND) {
            throw new CqlSyntaxException(query, tok.position(), "Repetition bound " + tok.text() + " at position "
                    + tok.position() + " is above the maximum of " + Node.Repeat.MAX_BOUND);
        }
        index++;
        return Integer.parseInt(tok.text());
    }

    private Node atom() {
        Lexer.Tok tok = peek();
        if (tok.kind() == Lexer.Kind.STRING) {
            index++;
            boolean ignoreCase = flag();
            return Node.Token.of(new Constraint.Attribute(DEFAULT_ATTRIBUTE, false, regex(tok, ignoreCase), ignoreCase));
        }
        if (tok.is("[")) {
            index++;
            if (peek().is("]")) {
                index++;
                return Node.Token.any();
            }
            Constraint constraint = constraint();
            expect("]", "']'");
            return Node.Token.of(constraint);
        }
        if (tok.is("(")) {
            enter(tok);
            Node inner = alternation();
            expect(")", "')' or '|'");
            nesting--;
            return inner;
        }
        throw expected("a token: a string, '[' or '('");
    }

    private Constraint constraint() {
        List<Constraint> operands = new ArrayList<>();
        operands.add(and());
        while (peek().is("|")) {
            index++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Constraint.Or(operands);
    }

    private Constraint and() {
        List<Constraint> operands = new ArrayList<>();
        operands.add(unary());
        while (peek().is("&")) {
            index++;
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new Constraint.And(operands);
    }

    private Constraint unary() {
        Lexer.Tok tok = peek();
        if (tok.is("!")) {
            enter(tok);
            Constraint operand = unary();
            nesting--;
            return new Constraint.Not(operand);
        }
        if (tok.is("(")) {
            enter(tok);
            Constraint inner = constraint();
            expect(")", "')', '&' or '|'");
            nesting--;
            return inner;
        }
        if (tok.kind() != Lexer.Kind.IDENT) {
            throw expected("an attribute name (e.g. word), '!' or '('");
        }
        if (attributes != null && attributes.find(tok.text()).isEmpty()) {
            throw new CqlSyntaxException(query, tok.position(), "Unknown attribute '" + tok.text() + "' at position "
                    + tok.position() + "; available attributes: " + String.join(", ", attributes.names()));
        }
        index++;
        boolean negated;
        if (peek().is("=")) {
            negated = false;
        } else if (peek().is("!=")) {
            negated = true;
        } else {
            throw expected("'=' or '!='");
        }
        index++;
        Lexer.Tok value = peek();
        if (value.kind() != Lexer.Kind.STRING) {
            throw expected("a quoted string");
        }
        index++;
        boolean ignoreCase = flag();
        return new Constraint.Attribute(tok.text(), negated, regex(value, ignoreCase), ignoreCase);
    }

    /** Reads an optional flag after a string; only {@code %c} is supported. */
    private boolean flag() {
        Lexer.Tok tok = peek();
        if (tok.kind() != Lexer.Kind.FLAG) {
            return false;
        }
        if (!tok.text().equals("c")) {
            throw new CqlSyntaxException(query, tok.position(),
                    "Unsupported flag '%" + tok.text() + "' at position " + tok.position() + "; only %c is supported");
        }
        index++;
        return true;
    }

    /** Compiles the string now so a broken regex is reported with its place in the query, not at search time. */
    private String regex(Lexer.Tok tok, boolean ignoreCase) {
        try {
            Pattern.compile(tok.text(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new CqlSyntaxException(query, tok.position(), "Invalid regular expression " + CqlPrinter.quote(tok.text())
                    + " at position " + tok.position() + ": " + e.getDescription());
        }
        return tok.text();
    }

    /** Steps into a '(' or '!', refusing nesting deeper than {@link #MAX_NESTING}. */
    private void enter(Lexer.Tok tok) {
        if (++nesting > MAX_NESTING) {
            throw new CqlSyntaxException(query, tok.position(), "Nesting deeper than " + MAX_NESTING + " levels of '(' or '!'"
                    + " at position " + tok.position() + "; simplify the query");
        }
        index++;
    }

    private void expect(String symbol, String description) {
        if (!peek().is(symbol)) {
            throw expected(description);
        }
        index++;
    }

    private Lexer.Tok peek() {
        return tokens.get(index);
    }

    private CqlSyntaxException expected(String what) {
        Lexer.Tok tok = peek();
        return new CqlSyntaxException(query, tok.position(),
                "Expected " + what + " at position " + tok.position() + ", found " + tok.describe());
    }
}
