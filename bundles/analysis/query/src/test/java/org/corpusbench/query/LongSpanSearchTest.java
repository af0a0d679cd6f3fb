package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A repetition such as {@code []*} before a frequent anchor reaches back to the document's start from every
 * anchor. Matches never leave their document, so the engine reduces them per document: what it allocates
 * grows with the document and the hits, not with anchors times span (which took ~160 MB on this document
 * and overflows on a large corpus).
 */
class LongSpanSearchTest {

    private static final int TOKENS = 20_000;
    private static TestCorpus corpus;

    @BeforeAll
    static void generate() {
        Random random = new Random(5);
        String[] words = {"经济", "发展", "是", "在", "和", "。"};
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < TOKENS; i++) {
            tokens.add(random.nextInt(10) == 0 ? "的" : words[random.nextInt(words.length)]);
        }
        corpus = TestCorpus.of("long", String.join(" ", tokens), "的 发展 的");
    }

    @Test
    void openRepetitionBeforeAFrequentAnchorAllocatesLittle() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        QueryEngine engine = new QueryEngine();
        for (String cql : List.of("[]* \"的\"", "[]{0,100} \"的\"")) {
            Query query = engine.parse(cql);
            for (MatchStrategy strategy : MatchStrategy.values()) {
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                Hits hits = engine.search(corpus, DocumentSelection.ALL, query, strategy, Progress.NONE);
                long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                int anchors = corpus.positions(corpus.lexicon().id("的")).remaining();
                assertTrue(hits.size() > 0 && hits.size() <= anchors, cql + " " + strategy + ": " + hits.size());
                // generous: a few arrays of the document's length and the hits, far below anchors x span x 8 bytes
                assertTrue(allocated < 16L * 1024 * 1024, cql + " " + strategy + " allocated " + allocated + " bytes");
            }
        }
    }

    @Test
    void longSpansEqualTheNaiveMatcher() {
        QueryEngine engine = new QueryEngine();
        TestCorpus small = TestCorpus.of("small", "是 的 在 的 的 和 。 的", "的", "和 是 。 的 的");
        for (String cql : List.of("[]* \"的\"", "[]{0,3} \"的\" []*", "\"的\" []* \"的\"", "[]* \"的\" within s")) {
            Query query = engine.parse(cql);
            for (MatchStrategy strategy : MatchStrategy.values()) {
                assertEquals(QueryEnginePropertiesTest.hits(new NaiveMatcher(small, query).hits(DocumentSelection.ALL, strategy)),
                        engine.search(small, DocumentSelection.ALL, query, strategy, Progress.NONE), cql + " " + strategy);
            }
        }
    }
}
