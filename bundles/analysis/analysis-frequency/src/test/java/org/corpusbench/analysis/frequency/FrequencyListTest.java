package org.corpusbench.analysis.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand from the formulas in {@link DispersionMeter}. */
class FrequencyListTest {
    private static final double TOLERANCE = 1e-12;
    private static final int COUNT = 2, PER_MILLION = 3, RANGE = 4, RANGE_PERCENT = 5, D = 6, DP = 7, DP_NORM = 8, ARF = 9;

    /**
     * Gries's (2008) toy corpus of 50 letters in five parts of ten. "a" occurs 1, 2, 3, 4 and 5
     * times, at places 2 | 12 14 | 23 25 30 | 32 35 38 39 | 42 44 45 48 50 (1-based).
     */
    private final TestCorpus letters = TestCorpus.of("letters", "b a m n i b e u p k", "b a s a t b e w q n",
            "b c a g a b e s t a", "b a g h a b e a a t", "b a h a a b e a x a");

    @Test
    void lettersAUnevenlySpreadOverFiveEqualParts() {
        List<Object> a = row(letters, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, "a");

        assertEquals(15L, a.get(COUNT));
        assertEquals(15 / 50.0 * 1e6, (double) a.get(PER_MILLION), 1e-6);
        assertEquals(5L, a.get(RANGE));
        assertEquals(100.0, (double) a.get(RANGE_PERCENT), TOLERANCE);
        // p_i = .1 .2 .3 .4 .5, mean .3, population sd sqrt(.1 / 5), D = 1 - (sd / mean) / sqrt(4)
        assertEquals(1 - Math.sqrt(0.02) / 0.3 / 2, (double) a.get(D), TOLERANCE);
        // v_i = 1/15 .. 5/15 against s_i = 3/15: (2 + 1 + 0 + 1 + 2) / 15 / 2 = 0.2
        assertEquals(0.2, (double) a.get(DP), TOLERANCE);
        assertEquals(0.2 / (1 - 0.2), (double) a.get(DP_NORM), TOLERANCE);
        // v = 50/15; three gaps (10, 9, 5) exceed v, the others sum to 26 (the last, 50 -> 2, goes round)
        assertEquals((3 * 50 / 15.0 + 26) / (50 / 15.0), (double) a.get(ARF), TOLERANCE);
    }

    @Test
    void lettersBPerfectlyEven() {
        // "b" opens each part and is its sixth letter: every gap is 5 = v
        List<Object> b = row(letters, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, "b");

        assertEquals(1.0, (double) b.get(D), TOLERANCE);
        assertEquals(0.0, (double) b.get(DP), TOLERANCE);
        assertEquals(0.0, (double) b.get(DP_NORM), TOLERANCE);
        assertEquals(10.0, (double) b.get(ARF), TOLERANCE);
    }

    @Test
    void lijffijtAndGriesTableOne() {
        // Lijffijt & Gries (2012), Table 1: three equal parts, one holding 2/3 of the word, one 1/3
        TestCorpus corpus = TestCorpus.of("t", "甲 甲 乙", "甲 乙 乙", "乙 乙 乙");

        List<Object> word = row(corpus, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, "甲");

        assertEquals(1 / 3.0, (double) word.get(DP), TOLERANCE);
        assertEquals(0.5, (double) word.get(DP_NORM), TOLERANCE);
    }

    // 甲 乙 ， ，  |  乙 乙 乙 甲 乙 乙
    private final TestCorpus punctuated = TestCorpus.of("t", "甲 乙 ， ，", "乙 乙 乙 甲 乙 乙");

    @Test
    void documentSizesAndDistancesCountWordTokensOnly() {
        List<Object> word = row(punctuated, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, "甲");

        assertEquals(2 / 8.0 * 1e6, (double) word.get(PER_MILLION), 1e-6);
        // p = 1/2, 1/6: mean 1/3, sd 1/6
        assertEquals(0.5, (double) word.get(D), TOLERANCE);
        // s = 2/8, 6/8 against v = 1/2, 1/2
        assertEquals(0.25, (double) word.get(DP), TOLERANCE);
        assertEquals(0.25 / 0.75, (double) word.get(DP_NORM), TOLERANCE);
        // word places 0 and 5 of 8, v = 4: min(5, 4) + (8 - 5 + 0)
        assertEquals(7 / 4.0, (double) word.get(ARF), TOLERANCE);
    }

    @Test
    void allTokenTypesCountPunctuationToo() {
        List<Object> word = row(punctuated, DocumentSelection.ALL, CountedTypes.ALL, StopwordList.NONE, "甲");

        assertEquals(2 / 10.0 * 1e6, (double) word.get(PER_MILLION), 1e-6);
        assertEquals(0.5 * (0.1 + 0.1), (double) word.get(DP), TOLERANCE);
        // places 0 and 7 of 10, v = 5: min(7, 5) + 3
        assertEquals(8 / 5.0, (double) word.get(ARF), TOLERANCE);
        assertTrue(rows(punctuated, DocumentSelection.ALL, CountedTypes.ALL, StopwordList.NONE, 1, 1).stream()
                .anyMatch(r -> r.get(1).equals("，")));
    }

    @Test
    void oneDocumentLeavesDAndDpNormUndefined() {
        DocumentSelection second = new DocumentSelection("1", document -> document == 1);

        List<Object> word = row(punctuated, second, CountedTypes.WORDS, StopwordList.NONE, "甲");

        assertEquals(1L, word.get(COUNT));
        assertEquals(1e6 / 6, (double) word.get(PER_MILLION), 1e-6);
        assertTrue(Double.isNaN((double) word.get(D)));
        assertEquals(0.0, (double) word.get(DP), TOLERANCE);
        assertTrue(Double.isNaN((double) word.get(DP_NORM)));
        assertEquals(1.0, (double) word.get(ARF), TOLERANCE, "a single occurrence's gap is the whole text");
    }

    @Test
    void documentsWithoutCountedTokensAreNoParts() {
        TestCorpus corpus = TestCorpus.of("t", "甲 乙", "， 。", "乙 甲");

        List<Object> word = row(corpus, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, "甲");

        assertEquals(100.0, (double) word.get(RANGE_PERCENT), TOLERANCE);
        assertEquals(1.0, (double) word.get(D), TOLERANCE);
    }

    @Test
    void stopwordsAreCountedButNotListed() {
        StopwordList stopwords = new StopwordList("test", Set.of("乙", "不在"));

        List<List<Object>> rows = rows(punctuated, DocumentSelection.ALL, CountedTypes.WORDS, stopwords, 1, 1);

        assertEquals(1, rows.size());
        assertEquals(List.of(1L, "甲", 2L), rows.get(0).subList(0, 3));
        assertEquals(2 / 8.0 * 1e6, (double) rows.get(0).get(PER_MILLION), 1e-6, "N still holds 乙");
    }

    @Test
    void minCountAndMinRangeLeaveRowsOutAndRenumber() {
        // 丙: 3 tokens in one document; 甲 2 in two; 乙 1
        TestCorpus corpus = TestCorpus.of("t", "丙 丙 丙 甲", "甲 乙");

        assertEquals(List.of("丙", "甲"), words(rows(corpus, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, 2, 1)));
        List<List<Object>> spread = rows(corpus, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, 1, 2);
        assertEquals(List.of("甲"), words(spread));
        assertEquals(1L, spread.get(0).get(0));
    }

    @Test
    void tiesGoInCodePointOrderNotUtf16Order() {
        // U+F900 豈 sorts before U+20000 𠀀 by code point, after it by UTF-16 unit; digits and Latin come first
        TestCorpus corpus = TestCorpus.of("t", "𠀀 豈 LIAOCHENG 2024 聊城 聊城");

        assertEquals(List.of("聊城", "2024", "LIAOCHENG", "豈", "𠀀"),
                words(rows(corpus, DocumentSelection.ALL, CountedTypes.WORDS, StopwordList.NONE, 1, 1)));
    }

    @Test
    void chineseLeavesNumbersAndLatinOut() {
        TestCorpus corpus = TestCorpus.of("t", "聊城 2024 ABC 日报");

        List<List<Object>> rows = rows(corpus, DocumentSelection.ALL, CountedTypes.CHINESE, StopwordList.NONE, 1, 1);

        assertEquals(List.of("日报", "聊城"), words(rows));
        assertEquals(500_000.0, (double) rows.get(0).get(PER_MILLION), 1e-6);
    }

    private static List<String> words(List<List<Object>> rows) {
        return rows.stream().map(r -> (String) r.get(1)).toList();
    }

    private static List<Object> row(CorpusView corpus, DocumentSelection selection, CountedTypes types,
            StopwordList stopwords, String word) {
        return rows(corpus, selection, types, stopwords, 1, 1).stream().filter(r -> r.get(1).equals(word)).findFirst()
                .orElseThrow();
    }

    private static List<List<Object>> rows(CorpusView corpus, DocumentSelection selection, CountedTypes types,
            StopwordList stopwords, long minCount, long minRange) {
        try (var table = new FrequencyList(types, stopwords, minCount, minRange).compute(corpus, selection, Progress.NONE)) {
            assertEquals(FrequencyList.COLUMNS, table.columns());
            return table.rows().toList();
        }
    }
}
