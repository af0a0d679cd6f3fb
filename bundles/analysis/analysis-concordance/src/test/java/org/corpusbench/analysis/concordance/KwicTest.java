package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.analysis.concordance.internal.KwicAnalysis;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.QuerySyntaxException;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class KwicTest {
    // 经济 at positions 2 (doc0), 7 and 10 (doc1)
    private final TestCorpus corpus = TestCorpus.withMetadata("t", documents());
    private final KwicAnalysis kwic = new KwicAnalysis(TestQueries.service());

    private static Map<String, Map<String, String>> documents() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("他 说 经济 发展 很 快 。", Map.of("page", "1", "date", "2023-03-01"));
        documents.put("经济 增长 和 经济 发展 。", Map.of("date", "2023-03-02"));
        return documents;
    }

    @Test
    void aLineHoldsItsDocumentMetadataContextAndOffsets() {
        List<List<Object>> lines = run(corpus, "\"经济\"", Map.of("context", 2L, "page", 2L, "page_size", 2L));

        assertEquals(List.of(List.<Object>of(3L, 3L, "doc1", "date=2023-03-02", "增长和", "经济", "发展。", 5L, 7L, 5L, 7L, 10L)),
                lines);
    }

    @Test
    void metadataIsListedInKeyOrder() {
        assertEquals("date=2023-03-01; page=1", run(corpus, "\"经济\"", Map.of()).get(0).get(3));
    }

    @Test
    void contextInCharactersCountsCodePointsAndStopsAtTheDocument() {
        List<List<Object>> lines = run(corpus, "\"经济\"", Map.of("context", 1L, "context_unit", "characters"));

        assertEquals(List.of("说", "发"), lines.get(0).subList(4, 7).stream().filter(s -> !s.equals("经济")).toList());
        assertEquals("", lines.get(1).get(4), "the hit opens its document");
        assertEquals("", run(corpus, "\"。\"", Map.of("context", 3L)).get(0).get(6), "the hit closes its document");
    }

    @Test
    void rightSortBreaksTiesOnTheNextPositionOutward() {
        // right words: pos 2 -> 发展 很 快; pos 7 -> 增长 和 经济; pos 10 -> 发展 。 (end of document)
        // 发 (U+53D1) < 增 (U+589E), and among the two 发展: 。 (U+3002) < 很 (U+5F88)
        assertEquals(List.of(10L, 2L, 7L), positions(run(corpus, "\"经济\"", Map.of("sort", "right1"))));
    }

    @Test
    void leftSortPutsTheStartOfADocumentFirst() {
        // left words: pos 2 -> 说; pos 7 -> none; pos 10 -> 和 (U+548C) < 说 (U+8BF4)
        assertEquals(List.of(7L, 10L, 2L), positions(run(corpus, "\"经济\"", Map.of("sort", "left1"))));
        // second word left: pos 2 -> 他, pos 7 -> none, pos 10 -> 增长
        assertEquals(List.of(7L, 2L, 10L), positions(run(corpus, "\"经济\"", Map.of("sort", "left2"))));
    }

    @Test
    void nodeSortComparesTheFirstThreeWordsThenCorpusOrder() {
        // hits: 0-4 a b c z, 4-8 a b c y, 8-12 a b b z; y < z only in the fourth word, which is not compared
        TestCorpus abc = TestCorpus.of("n", "a b c z a b c y a b b z");

        assertEquals(List.of(8L, 0L, 4L), positions(run(abc, "\"a\" []{3}", Map.of("sort", "node"))));
    }

    @Test
    void wordsCompareByCodePointsNotUtf16Units() {
        // U+FFFD sorts before U+2000B in code points, after it in UTF-16 (a surrogate pair starts with U+D840)
        TestCorpus mixed = TestCorpus.of("m", "𠀋 x \uFFFD x 𠀋");

        assertEquals(List.of(3L, 1L), positions(run(mixed, "\"x\"", Map.of("sort", "left1"))));
    }

    @Test
    void theSameSeedGivesTheSameRandomOrderAndAnotherSeedMayNot() {
        String many = "a b ".repeat(40).trim();
        TestCorpus as = TestCorpus.of("r", many);
        List<Long> first = positions(run(as, "\"a\"", Map.of("sort", "random", "seed", 7L, "page_size", 40L)));

        assertEquals(first, positions(run(as, "\"a\"", Map.of("sort", "random", "seed", 7L, "page_size", 40L))));
        assertEquals(40, first.stream().distinct().count());
        assertEquals(false, first.equals(positions(run(as, "\"a\"", Map.of("sort", "random", "seed", 8L, "page_size", 40L)))));
    }

    @Test
    void contextTextKeepsWhatLiesBetweenTokensAndOriginalOffsetsSkipDeletedMarkup() {
        // original "<p>发展 经济</p>", cleaned "发展 经济": cleaning deleted the tags
        CorpusView spaced = TestCorpus.builder("s").source(new Source("s", "s", Map.of()))
                .document(new Document("s", "s", Map.of(), "<p>发展 经济</p>", "发展 经济"), OffsetMap.of(new int[] {3, 4, 5, 6, 7, 12}),
                        List.of(new Token("发展", 0, 2, TokenType.CHINESE_WORD), new Token("经济", 3, 5, TokenType.CHINESE_WORD)))
                .build();

        List<Object> line = run(spaced, "\"经济\"", Map.of()).get(0);

        assertEquals(List.of("发展 ", "经济", "", 3L, 5L, 6L, 8L), List.of(line.get(4), line.get(5), line.get(6), line.get(7),
                line.get(8), line.get(9), line.get(10)));
    }

    @Test
    void aPagePastTheLastIsEmptyAndASelectionLimitsTheHits() {
        assertEquals(List.of(), run(corpus, "\"经济\"", Map.of("page", 2L)));
        List<List<Object>> second = run(corpus, "\"经济\"", Map.of(), new DocumentSelection("1", d -> d == 1));
        assertEquals(List.of(7L, 10L), positions(second));
        assertEquals(2L, second.get(0).get(1));
    }

    @Test
    void syntaxErrorsReachTheCaller() {
        assertThrows(QuerySyntaxException.class, () -> run(corpus, "[word=", Map.of()));
    }

    private static List<Long> positions(List<List<Object>> lines) {
        return lines.stream().map(line -> (Long) line.get(11)).toList();
    }

    private List<List<Object>> run(CorpusView view, String query, Map<String, Object> given) {
        return run(view, query, given, DocumentSelection.ALL);
    }

    private List<List<Object>> run(CorpusView view, String query, Map<String, Object> given, DocumentSelection selection) {
        Map<String, Object> parameters = new HashMap<>(Map.of("query", query, "context", 5L, "context_unit", "tokens",
                "sort", "corpus", "seed", 1L, "page", 1L, "page_size", 50L, "strategy", "standard"));
        parameters.putAll(given);
        try (ResultTable table = kwic.run(view, selection, Parameters.of(parameters), Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
