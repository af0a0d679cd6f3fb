package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QuerySyntaxException;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What any reader could send to exhaust the server is refused with a message saying what to change. */
class QueryLimitsTest {

    // doc0: 的0 a1 的2 b3 的4   doc1: 的5 a6 的7
    private final TestCorpus corpus = TestCorpus.of("c", "的 a 的 b 的", "的 a 的");
    /** One type on which {@code (.*a){20}b} backtracks for hours (24 a's take seconds; each more about doubles it). */
    private final TestCorpus backtracking = TestCorpus.of("b", "a".repeat(40) + " x");

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void report(String stage, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    @Test
    void moreHitsThanTheMaximumAreRefused() {
        QueryEngine engine = new QueryEngine(AttributeResolver.standard(), 4);
        String message = "The query has more than 4 hits; narrow the query or the selection";

        assertEquals(message, assertThrows(CorpusException.class, () -> search(engine, "\"的\"", DocumentSelection.ALL)).getMessage());
        assertEquals(message, assertThrows(CorpusException.class, () -> search(engine, "[word!=\"b\"]", DocumentSelection.ALL)).getMessage());
        assertEquals(message, assertThrows(CorpusException.class, () -> search(engine, "\"的\" []?", DocumentSelection.ALL)).getMessage());
        assertEquals(message, assertThrows(CorpusException.class,
                () -> search(engine, "[]? \"的\"", new DocumentSelection("both", d -> true))).getMessage());
        // exactly the maximum, or a selection that narrows the hits to it, is fine
        QueryEngine five = new QueryEngine(AttributeResolver.standard(), 5);
        assertEquals(5, search(five, "\"的\"", DocumentSelection.ALL).size());
        assertEquals(5, search(five, "[]? \"的\"", DocumentSelection.ALL).size()); // 0-1 1-3 3-5 5-6 6-8
        assertThrows(CorpusException.class, () -> search(five, "\"的\" | \"b\"", DocumentSelection.ALL));
        assertEquals(3, search(engine, "\"的\"", new DocumentSelection("doc0", d -> d == 0)).size());
        assertEquals(2, search(engine, "\"的\" [] within s", new DocumentSelection("doc0", d -> d == 0)).size());
    }

    @Test
    void manyTokenTestsAreRefusedBeforeTheLexiconIsRead() {
        String many = IntStream.range(0, 65).mapToObj(i -> "\"x" + i + ".*\"").collect(Collectors.joining(" | "));
        String message = "The query has 65 token tests (such as \"...\" or [word=\"...\"]); at most 64 are allowed";
        QueryEngine engine = new QueryEngine();

        assertEquals(message, assertThrows(QuerySyntaxException.class, () -> engine.parse(many)).getMessage());
        // a cancelled search would stop at the first lexicon scan: the limit comes before any
        assertEquals(message, assertThrows(QuerySyntaxException.class, () -> engine.search(corpus, DocumentSelection.ALL,
                CqlParser.parse(many), MatchStrategy.STANDARD, CANCELLED)).getMessage());
        String sixtyFour = IntStream.range(0, 64).mapToObj(i -> "[word=\"x" + i + "\" | type=\"latin\"]")
                .collect(Collectors.joining(" | "));
        assertThrows(QuerySyntaxException.class, () -> engine.parse(sixtyFour), "two tests in each of 32+ brackets count");
        engine.parse(IntStream.range(0, 64).mapToObj(i -> "\"x" + i + "\"").collect(Collectors.joining(" | ")));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // without the budget this runs for days
    void aRegexThatBacktracksCatastrophicallyRunsOutOfTime() {
        QueryEngine engine = new QueryEngine(AttributeResolver.standard(), 100, TimeUnit.MILLISECONDS.toNanos(50));

        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search(engine, "\"x\" [word=\"(.*a){20}b\"]?", DocumentSelection.ALL));
        assertEquals("The regular expression \"(.*a){20}b\" takes too long to match against the lexicon; simplify it", e.getMessage());
        assertEquals(-1, e.position());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void cancellingStopsARegexInsideOneType() {
        Query query = new QueryEngine().parse("[word=\"(.*a){20}b\"]");

        assertThrows(CancellationException.class,
                () -> new QueryEngine().search(backtracking, DocumentSelection.ALL, query, MatchStrategy.STANDARD, CANCELLED));
    }

    private org.corpusbench.api.query.Hits search(QueryEngine engine, String cql, DocumentSelection selection) {
        TestCorpus on = cql.contains("(.*a)") ? backtracking : corpus;
        return engine.search(on, selection, engine.parse(cql), MatchStrategy.STANDARD, Progress.NONE);
    }
}
