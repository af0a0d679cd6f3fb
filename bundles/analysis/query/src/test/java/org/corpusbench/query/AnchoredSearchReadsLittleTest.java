package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A query anchored on a rare word reads the tokens around that word, not the token stream. */
class AnchoredSearchReadsLittleTest {

    private static final String[] COMMON = {"的", "经济", "发展", "是", "在", "和", "。", "，"};
    private static TestCorpus corpus;

    @BeforeAll
    static void generate() {
        Random random = new Random(11);
        List<String> documents = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                tokens.add(random.nextInt(5000) == 0 ? "稀有" : COMMON[random.nextInt(COMMON.length)]);
            }
            documents.add(String.join(" ", tokens));
        }
        corpus = TestCorpus.of("large", documents.toArray(new String[0]));
    }

    @Test
    void rareAnchorReadsOnlyItsNeighbourhood() {
        assertReadsLittle("\"稀有\" []{0,2} \"的\"", MatchStrategy.STANDARD, 20);
        assertReadsLittle("\"的\" []{0,2} \"稀有\"", MatchStrategy.LONGEST, 20);
        assertReadsLittle("[word=\"稀.\"] [word!=\"。\"]* \"。\" within s", MatchStrategy.LONGEST, 200);
        assertReadsLittle("(\"的\" | \"是\") [] (\"稀有\" | \"在\" \"稀有\")", MatchStrategy.SHORTEST, 20);
    }

    @Test
    void singleTokenReadsNoToken() {
        CountingCorpus counting = new CountingCorpus(corpus);
        Hits hits = new QueryEngine().search(counting, DocumentSelection.ALL, new QueryEngine().parse("\"经济\""),
                MatchStrategy.STANDARD, Progress.NONE);
        assertTrue(hits.size() > 10_000, hits.toString());
        assertEquals(0, counting.typeIdCalls());
    }

    private static void assertReadsLittle(String cql, MatchStrategy strategy, int readsPerRareToken) {
        CountingCorpus counting = new CountingCorpus(corpus);
        QueryEngine engine = new QueryEngine();
        Query query = engine.parse(cql);
        Hits hits = engine.search(counting, DocumentSelection.ALL, query, strategy, Progress.NONE);
        int rare = corpus.positions(corpus.lexicon().id("稀有")).remaining();
        assertTrue(rare > 5 && hits.size() > 0, rare + " rare tokens, " + hits);
        assertEquals(QueryEnginePropertiesTest.hits(new NaiveMatcher(corpus, query).hits(DocumentSelection.ALL, strategy)),
                hits, cql);
        assertTrue(counting.typeIdCalls() <= (long) rare * readsPerRareToken,
                cql + " read " + counting.typeIdCalls() + " of " + corpus.tokenCount() + " tokens for " + rare + " anchors");
    }
}
