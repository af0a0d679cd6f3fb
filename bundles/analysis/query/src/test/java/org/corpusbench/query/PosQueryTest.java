package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QuerySyntaxException;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** Queries on the part-of-speech tag, alone and with the word, hand-counted; positions under the corpus. */
class PosQueryTest {
    // doc0: 聊城0/ns 经济1/n 的2/uj 发展3/v 。4/x   doc1: 发展5/vn 很6/d 快7/a 。8/x 发展9/v 经济10/n
    private final TestCorpus news = TestCorpus.tagged("news", "聊城/ns 经济/n 的/uj 发展/v 。/x",
            "发展/vn 很/d 快/a 。/x 发展/v 经济/n");
    private final CqlQueryService service = new CqlQueryService();

    @Test
    void aTagAloneAndATagPattern() {
        assertHits("[pos=\"ns\"]", 0, 1);
        assertHits("[pos=\"n.*\"]", 0, 1, 1, 2, 10, 11); // ns, n, n
        assertHits("[pos=\"v.*\"]", 3, 4, 5, 6, 9, 10);
    }

    @Test
    void wordAndTagTogetherSplitTheSameWordByItsTags() {
        assertHits("[word=\"发展\" & pos=\"v\"]", 3, 4, 9, 10);
        assertHits("[word=\"发展\" & pos!=\"v\"]", 5, 6);
        assertHits("[word=\"发展\" & !(pos=\"v\")]", 5, 6);
        assertHits("[word=\"发展\" | pos=\"d\"]", 3, 4, 5, 6, 6, 7, 9, 10);
    }

    @Test
    void tagsInSequencesAndWithTokenTypes() {
        assertHits("[pos=\"n\"] [pos=\"uj\"] [pos=\"v\"]", 1, 4);
        assertHits("[pos=\"v\"] [type=\"chinese_word\" & pos=\"n\"]", 9, 11);
        assertHits("\"发展\" [pos=\"d\"]", 5, 7);
    }

    @Test
    void aQueryOnTagsAgainstACorpusWithoutThemNamesTheCorpus() {
        TestCorpus plain = TestCorpus.of("plain-news", "经济 的 发展");

        QuerySyntaxException refused = assertThrows(QuerySyntaxException.class,
                () -> service.search(plain, DocumentSelection.ALL, "\"经济\" [pos=\"uj\"]", MatchStrategy.STANDARD, Progress.NONE));

        assertTrue(refused.getMessage().contains("Corpus 'plain-news' has no part-of-speech tags"), refused.getMessage());
    }

    @Test
    void queriesWithoutTagsRunOnTheWordsOfATaggedCorpusAsBefore() {
        assertHits("\"发展\"", 3, 4, 5, 6, 9, 10);
        assertHits("\"经济\" [] \"发展\"", 1, 4);
    }

    private void assertHits(String cql, int... bounds) {
        int[] starts = new int[bounds.length / 2];
        int[] ends = new int[bounds.length / 2];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = bounds[2 * i];
            ends[i] = bounds[2 * i + 1];
        }
        assertEquals(new Hits(starts, ends), service.search(news, DocumentSelection.ALL, cql, MatchStrategy.STANDARD, Progress.NONE), cql);
    }
}
