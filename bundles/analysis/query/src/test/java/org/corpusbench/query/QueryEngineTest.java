package org.corpusbench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QuerySyntaxException;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** Hand-counted examples; positions are written under each corpus. */
class QueryEngineTest {

    // doc0: 经济0 的1 发展2 。3 经济4 快速5 发展6 。7   doc1: 经济8 发展9 很10 快11 。12
    private final TestCorpus news = TestCorpus.of("news", "经济 的 发展 。 经济 快速 发展 。", "经济 发展 很 快 。");
    // doc0: a0 a1 b2 c3 。4   doc1: ABC5 abc6 Abc7 12 8 , 9 é10 É11 3.5 12
    private final TestCorpus latin = TestCorpus.of("latin", "a a b c 。", "ABC abc Abc 12 , é É 3.5");
    private final CqlQueryService service = new CqlQueryService();

    @Test
    void sequenceWithGap() {
        assertHits(news, "\"经济\" []{0,2} \"发展\"", MatchStrategy.STANDARD, 0, 3, 4, 7, 8, 10);
    }

    @Test
    void strategiesOnNestedMatches() {
        // matches: 0-3, 0-7, 4-7, 8-10 and none across the document end (4-10, 0-10)
        String query = "\"经济\" []{0,5} \"发展\"";
        assertHits(news, query, MatchStrategy.SHORTEST, 0, 3, 4, 7, 8, 10);
        assertHits(news, query, MatchStrategy.STANDARD, 0, 3, 4, 7, 8, 10);
        assertHits(news, query, MatchStrategy.LONGEST, 0, 7, 8, 10);
        assertHits(news, query + " within s", MatchStrategy.LONGEST, 0, 3, 4, 7, 8, 10);
        assertHits(news, query + " within text", MatchStrategy.LONGEST, 0, 7, 8, 10);
    }

    @Test
    void strategiesOnOptionalEnds() {
        // "a"* "b" "c"? on a a b c: matches 0-3, 0-4, 1-3, 1-4, 2-3, 2-4
        String query = "\"a\"* \"b\" \"c\"?";
        assertHits(latin, query, MatchStrategy.SHORTEST, 2, 3);
        assertHits(latin, query, MatchStrategy.STANDARD, 0, 3);
        assertHits(latin, query, MatchStrategy.LONGEST, 0, 4);
        assertHits(latin, query, null, 0, 3);
    }

    @Test
    void openRepetitionStopsAtTheRegionEnd() {
        assertHits(news, "\"发展\" []+", MatchStrategy.LONGEST, 2, 8, 9, 13);
        assertHits(news, "\"发展\" []+ within s", MatchStrategy.LONGEST, 2, 4, 6, 8, 9, 13);
        assertHits(news, "[]* \"很\"", MatchStrategy.LONGEST, 8, 11);
    }

    @Test
    void selectionKeepsOnlyItsDocuments() {
        DocumentSelection second = new DocumentSelection("1", doc -> doc == 1);
        assertEquals(new Hits(new int[] {8}, new int[] {9}), service.search(news, second, "\"经济\"", null, Progress.NONE));
        assertEquals(new Hits(new int[] {8}, new int[] {10}),
                service.search(news, second, "\"经济\" []? \"发展\"", MatchStrategy.STANDARD, Progress.NONE));
    }

    @Test
    void regexMatchesTheWholeToken() {
        assertHits(news, "\"发\"", MatchStrategy.STANDARD);
        assertHits(news, "\"发.*\"", MatchStrategy.STANDARD, 2, 3, 6, 7, 9, 10);
        assertHits(news, "[word=\"经济|很\"]", MatchStrategy.STANDARD, 0, 1, 4, 5, 8, 9, 10, 11);
    }

    @Test
    void booleanTests() {
        assertHits(news, "\"经济\" [word!=\"的\"]", MatchStrategy.STANDARD, 4, 6, 8, 10);
        assertHits(news, "[word=\"经济|发展\" & !word=\"发展\"] \"发展\"", MatchStrategy.STANDARD, 8, 10);
        assertHits(news, "[word=\"快.*\" | word=\"很\"]", MatchStrategy.STANDARD, 5, 6, 10, 11, 11, 12);
    }

    @Test
    void ignoreCaseFoldsLatinIncludingAccents() {
        assertHits(latin, "\"abc\"", MatchStrategy.STANDARD, 6, 7);
        assertHits(latin, "\"abc\"%c", MatchStrategy.STANDARD, 5, 6, 6, 7, 7, 8);
        assertHits(latin, "\"é\"%c", MatchStrategy.STANDARD, 10, 11, 11, 12);
        assertHits(latin, "[word=\"[a-c]+\"%c] \"12\"", MatchStrategy.STANDARD, 7, 9);
    }

    @Test
    void tokenTypesByLowerCaseNameIgnoringCase() {
        assertHits(latin, "[type=\"number\"]", MatchStrategy.STANDARD, 8, 9, 12, 13);
        assertHits(latin, "[type=\"NUMBER\"]", MatchStrategy.STANDARD, 8, 9, 12, 13);
        assertHits(latin, "[type=\"punctuation\"]", MatchStrategy.STANDARD, 4, 5, 9, 10);
        assertHits(news, "[type=\"chinese_word\"] [type=\"punctuation\"]", MatchStrategy.STANDARD, 2, 4, 6, 8, 11, 13);
    }

    @Test
    void checkGivesTheCanonicalForm() {
        assertEquals("[word=\"经济\"] []{0,2} [word=\"发展\"] within s", service.check("'经济' []{0,2} \"发展\" within s"));
    }

    @Test
    void unknownAttributeListsTheAvailableOnes() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> service.check("\"a\" [lemma=\"n\"]"));
        assertEquals(5, e.position());
        assertTrue(e.getMessage().startsWith("Unknown attribute 'lemma' at position 5; available attributes: pos, type, word"),
                e.getMessage());
        assertEquals("\"a\" [lemma=\"n\"]", e.query());
    }

    @Test
    void unknownRegionListsTheAvailableOnes() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> service.check("\"a\" within p"));
        assertEquals(11, e.position());
        assertTrue(e.getMessage().startsWith("Unknown region 'p' at position 11; available regions: s (sentence), text"),
                e.getMessage());
    }

    @Test
    void positionsCountCodePoints() {
        // 𠀀 (CJK Extension B) is two chars but one code point
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> service.check("\"𠀀\" ]"));
        assertEquals(4, e.position());
        assertTrue(e.getMessage().startsWith("Expected a token, '|', 'within' or end of query at position 4, found ']'"),
                e.getMessage());
    }

    @Test
    void badRegexNamesThePattern() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> service.check("[word=\"发(\"]"));
        assertEquals(6, e.position());
        assertTrue(e.getMessage().startsWith("Invalid regular expression \"发(\" at position 6: "), e.getMessage());
    }

    @Test
    void unanchoredQueriesAreRefusedBeforeSearching() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> service.search(news, DocumentSelection.ALL, "[] []?", null, Progress.NONE));
        assertEquals(-1, e.position());
        assertTrue(e.getMessage().startsWith("The query needs at least one token that is not []"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> service.check("\"a\"? | \"b\""));
    }

    @Test
    void repetitionsTooLargeToUnfoldAreRefused() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> service.search(news,
                DocumentSelection.ALL, "\"经济\" (([]{0,100}){0,100})", null, Progress.NONE));
        assertTrue(e.getMessage().startsWith("The query is too large to run"), e.getMessage());
    }

    @Test
    void cancellationStopsTheSearch() {
        Progress cancelled = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> service.search(news, DocumentSelection.ALL, "\"经济\" []? \"发展\"", null, cancelled));
    }

    /** @param bounds start and end of each expected hit, in order */
    private void assertHits(TestCorpus corpus, String cql, MatchStrategy strategy, int... bounds) {
        int[] starts = new int[bounds.length / 2];
        int[] ends = new int[bounds.length / 2];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = bounds[2 * i];
            ends[i] = bounds[2 * i + 1];
        }
        assertEquals(new Hits(starts, ends), service.search(corpus, DocumentSelection.ALL, cql, strategy, Progress.NONE),
                cql + " " + strategy);
    }
}
