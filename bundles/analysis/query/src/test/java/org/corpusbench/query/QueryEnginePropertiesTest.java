package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.testing.TestCorpus;

/** The engine equals {@link NaiveMatcher} on random small corpora, selections and queries, for every strategy. */
class QueryEnginePropertiesTest {

    private static final String[] VOCABULARY = {"经济", "发展", "的", "。", "a", "A", "b", "É", "é", "12", "，", "？"};
    private static final String[] WORD_PATTERNS = {"经济", "发展", "的", "。", "a", "b", "é", "12", "，", "经.*", ".", "[a-z]",
        "发展|的", "\\d+", "[^的]+", "a|b|c"};
    private static final String[] TYPE_PATTERNS = {"chinese_word", "NUMBER", "latin", "punctuation", "Symbol", ".*word"};

    record Case(List<String> documents, List<Integer> selected, Query query) {
        @Override
        public String toString() {
            return query + " on " + documents + " selecting " + selected;
        }
    }

    @Property(tries = 400)
    void engineEqualsNaiveMatcher(@ForAll("cases") Case c) {
        TestCorpus corpus = TestCorpus.of("random", c.documents().toArray(new String[0]));
        DocumentSelection selection = new DocumentSelection("random", c.selected()::contains);
        QueryEngine engine = new QueryEngine();
        Query parsed = engine.parse(c.query().toString());
        assertEquals(c.query(), parsed);
        List<Hits> byStrategy = new ArrayList<>();
        for (MatchStrategy strategy : MatchStrategy.values()) {
            Hits expected = hits(new NaiveMatcher(corpus, c.query()).hits(selection, strategy));
            Hits actual = engine.search(corpus, selection, parsed, strategy, Progress.NONE);
            assertEquals(expected, actual, strategy + " " + c);
            byStrategy.add(expected);
        }
        // the comparison only means something if many cases have hits and strategies often disagree
        Statistics.label("hits").collect(byStrategy.get(1).size() > 0);
        Statistics.label("strategies disagree").collect(byStrategy.stream().distinct().count() > 1);
        Statistics.label("hits").coverage(check -> check.check(true).percentage(p -> p > 30));
        Statistics.label("strategies disagree").coverage(check -> check.check(true).percentage(p -> p > 15));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(QueryEnginePropertiesTest::randomCase);
    }

    private static Case randomCase(Random random) {
        List<String> documents = new ArrayList<>();
        List<Integer> selected = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int d = 0; d < count; d++) {
            int length = 1 + random.nextInt(14);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                tokens.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
            documents.add(String.join(" ", tokens));
            if (random.nextInt(4) > 0) {
                selected.add(d);
            }
        }
        Node body;
        do {
            body = node(random, 3);
        } while (!Anchors.isAnchored(body));
        if (random.nextBoolean()) {
            // optional parts around the pattern are where the strategies part ways
            body = new Node.Sequence(List.of(optional(random), body, optional(random)));
        }
        Optional<String> within = switch (random.nextInt(3)) {
            case 0 -> Optional.of("s");
            case 1 -> Optional.of("text");
            default -> Optional.empty();
        };
        return new Case(documents, selected, new Query(body, within));
    }

    private static Node optional(Random random) {
        Node token = random.nextBoolean() ? Node.Token.any() : Node.Token.of(constraint(random, 0));
        return new Node.Repeat(token, 0, random.nextBoolean() ? Node.Repeat.UNBOUNDED : 1 + random.nextInt(2));
    }

    private static Node node(Random random, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(10);
        if (choice <= 3) {
            // [] and broad tests make matches of varied length, where the strategies differ
            return random.nextInt(3) == 0 ? Node.Token.any() : Node.Token.of(constraint(random, random.nextInt(3)));
        }
        if (choice <= 5) {
            List<Node> elements = new ArrayList<>();
            for (int i = 2 + random.nextInt(2); i > 0; i--) {
                elements.add(node(random, depth - 1));
            }
            return new Node.Sequence(elements);
        }
        if (choice == 6) {
            return new Node.Alternation(List.of(node(random, depth - 1), node(random, depth - 1)));
        }
        int[][] bounds = {{0, 1}, {0, -1}, {1, -1}, {0, 2}, {1, 3}, {2, 2}, {2, -1}, {0, 0}};
        int[] b = bounds[random.nextInt(bounds.length)];
        return new Node.Repeat(node(random, depth - 1), b[0], b[1]);
    }

    private static Constraint constraint(Random random, int depth) {
        int choice = depth == 0 ? random.nextInt(2) : random.nextInt(6);
        if (choice == 4 && random.nextBoolean()) {
            choice = 0; // an And of random tests is mostly empty
        }
        if (choice == 0) {
            return new Constraint.Attribute("word", random.nextInt(5) == 0, WORD_PATTERNS[random.nextInt(WORD_PATTERNS.length)],
                    random.nextInt(3) == 0);
        }
        if (choice == 1) {
            return new Constraint.Attribute("type", random.nextInt(4) == 0, TYPE_PATTERNS[random.nextInt(TYPE_PATTERNS.length)],
                    false);
        }
        if (choice == 2) {
            return new Constraint.Not(constraint(random, depth - 1));
        }
        List<Constraint> operands = List.of(constraint(random, depth - 1), constraint(random, depth - 1));
        return choice == 3 ? new Constraint.Or(operands) : new Constraint.And(operands);
    }

    static Hits hits(List<int[]> matches) {
        return new Hits(matches.stream().mapToInt(m -> m[0]).toArray(), matches.stream().mapToInt(m -> m[1]).toArray());
    }
}
