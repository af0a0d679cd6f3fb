package org.corpusbench.analysis.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed trends. Counted tokens (words; "。" is not one): document 0 has 3, 1 has 2, 2 has 4,
 * 3 has 1. Overall 甲 4, 丙 4, 乙 2: the top two are 丙 and 甲 (a tie, 丙 U+4E19 before 甲 U+7532).
 */
class TrendTest {
    private static final TestCorpus CORPUS = corpus();
    private static final double DELTA = 1e-12;

    private static TestCorpus corpus() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("甲 乙 甲 。", Map.of("date", "2023-03-01", "reporters", "张三、李四"));
        documents.put("乙 丙", Map.of("date", "2023-03-15", "reporters", "张三"));
        documents.put("甲 丙 丙 丙", Map.of("date", "2023-04-02"));
        documents.put("甲", Map.of());
        return TestCorpus.withMetadata("trend", documents);
    }

    @Test
    void byDateTopWordsWithDispersionOverTheDates() {
        List<List<Object>> rows = rows(options("date", Period.VALUE, 2), null);
        assertEquals(8, rows.size());
        // values (none), 2023-03-01, 2023-03-15, 2023-04-02 with 1, 3, 2, 4 tokens: s = .1 .3 .2 .4
        // 丙 0 0 1 3: v = 0 0 .25 .75, DP = (.1 + .3 + .05 + .35) / 2 = .4, DPnorm = .4 / (1 - .1)
        check(rows.get(0), "(none)", "丙", 0, 1, 0.0, 2, 0.4, 0.4 / 0.9);
        check(rows.get(1), "(none)", "甲", 1, 1, 1e6, 3, 0.35, 0.35 / 0.9);
        check(rows.get(6), "2023-04-02", "丙", 3, 4, 750_000, 2, 0.4, 0.4 / 0.9);
        // 甲 1 2 0 1: v = .25 .5 0 .25, DP = (.15 + .2 + .2 + .15) / 2 = .35
        check(rows.get(3), "2023-03-01", "甲", 2, 3, 2e6 / 3, 3, 0.35, 0.35 / 0.9);
        assertEquals(List.of("(none)", "(none)", "2023-03-01", "2023-03-01", "2023-03-15", "2023-03-15", "2023-04-02",
                "2023-04-02"), rows.stream().map(row -> row.get(0)).toList());
    }

    @Test
    void byMonthAndYear() {
        List<List<Object>> months = rows(options("date", Period.MONTH, 1), null);
        // (none), 2023-03 (documents 0 and 1: 5 tokens), 2023-04: s = .1 .5 .4; 丙 0 1 3
        assertEquals(List.of("(none)", "2023-03", "2023-04"), months.stream().map(row -> row.get(0)).toList());
        check(months.get(1), "2023-03", "丙", 1, 5, 200_000, 2, 0.35, 0.35 / 0.9);
        List<List<Object>> years = rows(options("date", Period.YEAR, 1), null);
        // s = .1 .9; 丙 0 4: DP = (.1 + .1) / 2
        check(years.get(1), "2023", "丙", 4, 9, 4e6 / 9, 1, 0.1, 0.1 / 0.9);
    }

    @Test
    void aDocumentWithTwoReportersCountsForEach() {
        List<List<Object>> rows = rows(options("reporters", Period.VALUE, 2), null);
        // (none): documents 2, 3 (5 tokens); 张三: 0, 1 (5); 李四: 0 (3); 13 in all, document 0 twice
        assertEquals(List.of("(none)", "(none)", "张三", "张三", "李四", "李四"), rows.stream().map(row -> row.get(0)).toList());
        // 甲 2 2 2: v = 1/3 each; DP = (2/39 + 2/39 + 4/39) / 2 = 4/39; DPnorm = 4/39 / (1 - 3/13) = 2/15
        check(rows.get(1), "(none)", "甲", 2, 5, 400_000, 3, 4.0 / 39, 2.0 / 15);
        check(rows.get(5), "李四", "甲", 2, 3, 2e6 / 3, 3, 4.0 / 39, 2.0 / 15);
        // 丙 3 1 0: DP = (19/52 + 7/52 + 12/52) / 2 = 19/52; DPnorm = 19/52 / (10/13) = 0.475
        check(rows.get(2), "张三", "丙", 1, 5, 200_000, 2, 19.0 / 52, 0.475);
    }

    @Test
    void aQueryCountsItsHitsUnderItsOwnText() {
        Hits hits = new CqlQueryService().search(CORPUS, DocumentSelection.ALL, "\"甲\"", MatchStrategy.STANDARD, Progress.NONE);
        List<List<Object>> rows = rows(options("date", Period.VALUE, 10), hits);
        assertEquals(4, rows.size());
        check(rows.get(1), "2023-03-01", "\"甲\"", 2, 3, 2e6 / 3, 3, 0.35, 0.35 / 0.9);
    }

    @Test
    void stopwordsAreCountedButNotListed() {
        TrendOptions options = new TrendOptions("date", Period.YEAR, 2, CountedTypes.WORDS, new StopwordList("s", Set.of("丙")));
        List<List<Object>> rows = rows(options, null);
        assertEquals(List.of("甲", "乙", "甲", "乙"), rows.stream().map(row -> row.get(1)).toList());
        assertEquals(9L, rows.get(2).get(3));
    }

    @Test
    void aSelectionAndAllTokenTypes() {
        TrendOptions options = new TrendOptions("date", Period.MONTH, 1, CountedTypes.ALL, StopwordList.NONE);
        try (ResultTable table = new Trend(options).compute(CORPUS, new DocumentSelection("0,1", d -> d < 2), null, "",
                Progress.NONE)) {
            List<List<Object>> rows = table.rows().toList();
            // one value, 6 tokens with "。"; 乙 and 甲 both 2, 乙 (U+4E59) first; DPnorm undefined with one value
            assertEquals(1, rows.size());
            assertEquals(List.of("2023-03", "乙", 2L, 6L), rows.get(0).subList(0, 4));
            assertEquals(0.0, (Double) rows.get(0).get(6));
            assertTrue(((Double) rows.get(0).get(7)).isNaN());
        }
    }

    @Test
    void aValueThatIsNotADateIsAnErrorForMonthsButADateWithoutYearIsNot() {
        CorpusException error = assertThrows(CorpusException.class, () -> rows(options("reporters", Period.MONTH, 1), null));
        assertTrue(error.getMessage().contains("doc0") && error.getMessage().contains("张三"), error.getMessage());
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("甲", Map.of("date", "--03-05"));
        documents.put("甲 甲", Map.of("date", "2024-03-05"));
        TestCorpus corpus = TestCorpus.withMetadata("undated", documents);
        assertEquals(List.of("--03", "2024-03"), values(corpus, Period.MONTH));
        assertEquals(List.of("(no year)", "2024"), values(corpus, Period.YEAR));
    }

    @Test
    void aQueryWithoutHitsHasZeroCountsAndNoDispersion() {
        Hits hits = new CqlQueryService().search(CORPUS, DocumentSelection.ALL, "\"丁\"", MatchStrategy.STANDARD, Progress.NONE);
        List<List<Object>> rows = rows(options("date", Period.YEAR, 10), hits);
        assertEquals(2, rows.size());
        assertEquals(0L, rows.get(1).get(2));
        assertTrue(((Double) rows.get(1).get(6)).isNaN());
    }

    private static List<String> values(TestCorpus corpus, Period period) {
        try (ResultTable table = new Trend(new TrendOptions("date", period, 1, CountedTypes.WORDS, StopwordList.NONE))
                .compute(corpus, DocumentSelection.ALL, null, "", Progress.NONE)) {
            return table.rows().map(row -> (String) row.get(0)).toList();
        }
    }

    private static TrendOptions options(String key, Period period, int top) {
        return new TrendOptions(key, period, top, CountedTypes.WORDS, StopwordList.NONE);
    }

    private static List<List<Object>> rows(TrendOptions options, Hits hits) {
        try (ResultTable table = new Trend(options).compute(CORPUS, DocumentSelection.ALL, hits, "\"甲\"", Progress.NONE)) {
            return table.rows().toList();
        }
    }

    private static void check(List<Object> row, String value, String word, long count, long valueTokens, double perMillion,
            long range, double dp, double dpNorm) {
        assertEquals(value, row.get(0));
        assertEquals(word, row.get(1));
        assertEquals(count, row.get(2), word + " in " + value);
        assertEquals(valueTokens, row.get(3), value);
        assertEquals(perMillion, (Double) row.get(4), DELTA * 1e6);
        assertEquals(range, row.get(5), word);
        assertEquals(dp, (Double) row.get(6), DELTA, word + " dp");
        assertEquals(dpNorm, (Double) row.get(7), DELTA, word + " dp_norm");
    }
}
