package org.corpusbench.query;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/** Printing any tree and parsing the text again gives an equal tree. */
class CqlRoundTripTest {

    @Property(tries = 500)
    void printThenParseIsIdentity(@ForAll("queries") Query query) {
        Assertions.assertEquals(query, CqlParser.parse(query.toString()), query::toString);
    }

    @Provide
    Arbitrary<Query> queries() {
        return Combinators.combine(node(3), Arbitraries.of("s", "text", "p").optional())
                .as(Query::new);
    }

    private Arbitrary<Node> node(int depth) {
        Arbitrary<Node> token = token();
        if (depth == 0) {
            return token;
        }
        Arbitrary<Node> smaller = Arbitraries.lazy(() -> node(depth - 1));
        return Arbitraries.oneOf(token,
                smaller.list().ofMinSize(2).ofMaxSize(3).map(Node.Sequence::new),
                smaller.list().ofMinSize(2).ofMaxSize(3).map(Node.Alternation::new),
                Combinators.combine(smaller, Arbitraries.integers().between(0, 100), Arbitraries.integers().between(-1, 100))
                        .as((body, a, b) -> b == -1 ? new Node.Repeat(body, a, Node.Repeat.UNBOUNDED)
                                : new Node.Repeat(body, Math.min(a, b), Math.max(a, b))));
    }

    private Arbitrary<Node> token() {
        return Arbitraries.oneOf(Arbitraries.just(Node.Token.any()), constraint(2).map(Node.Token::of));
    }

    private Arbitrary<Constraint> constraint(int depth) {
        Arbitrary<Constraint> attribute = Combinators.combine(Arbitraries.of("word", "type", "pos", "lemma_2"),
                Arbitraries.of(true, false), patterns(), Arbitraries.of(true, false)).as(Constraint.Attribute::new);
        if (depth == 0) {
            return attribute;
        }
        Arbitrary<Constraint> smaller = Arbitraries.lazy(() -> constraint(depth - 1));
        return Arbitraries.oneOf(attribute,
                smaller.list().ofMinSize(2).ofMaxSize(3).map(Constraint.And::new),
                smaller.list().ofMinSize(2).ofMaxSize(3).map(Constraint.Or::new),
                smaller.map(Constraint.Not::new));
    }

    /** Strings full of quotes and backslashes, kept only when they are valid regexes, as the parser requires. */
    private Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab发展\"'\\.d").ofMaxLength(6).filter(CqlRoundTripTest::isRegex);
    }

    private static boolean isRegex(String s) {
        try {
            Pattern.compile(s);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    @Property(tries = 200)
    void canonicalTextIsStable(@ForAll("queries") Query query) {
        String text = query.toString();
        Assertions.assertEquals(text, CqlParser.parse(text).toString());
    }

}
