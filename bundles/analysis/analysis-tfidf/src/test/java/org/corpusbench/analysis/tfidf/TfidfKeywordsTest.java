package org.corpusbench.analysis.tfidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed keywords. N = 3; df: 甲 2, 乙 2, 丙 1, 丁 2, 戊 1; "。" is not a word. Document 0
 * counts 甲 2, 乙 1, 丙 1 in 4 counted tokens, so plain idf is ln(3/2) = 0.4054651081081644 for 甲 and
 * 乙 and ln 3 = 1.0986122886681098 for 丙.
 */
class TfidfKeywordsTest {
    private static final TestCorpus CORPUS = TestCorpus.of("hand", "甲 乙 甲 丙 。", "甲 丁 丁", "乙 丁 戊 戊 戊");
    private static final double LN_1_5 = 0.4054651081081644;
    private static final double LN_3 = 1.0986122886681098;
    private static final double DELTA = 1e-15;

    @Test
    void rawCountTimesPlainIdf() {
        List<List<Object>> rows = document(0, rows(TfidfOptions.of(TfVariant.RAW, IdfVariant.PLAIN, 10)));
        assertEquals(List.of(0L, "doc0", "", 1L, "丙", 1L, 1.0, 1L, LN_3, LN_3), rows.get(0));
        check(rows.get(1), "甲", 2, 2.0, 2, LN_1_5, 0.8109302162163288);
        check(rows.get(2), "乙", 1, 1.0, 2, LN_1_5, LN_1_5);
        assertEquals(3, rows.size());
    }

    @Test
    void smoothIdfAsScikitLearn() {
        List<List<Object>> rows = document(0, rows(TfidfOptions.of(TfVariant.RAW, IdfVariant.SMOOTH, 10)));
        // ln((1+3)/(1+2)) + 1 = 1.2876820724517808, ln((1+3)/(1+1)) + 1 = 1.6931471805599454
        check(rows.get(0), "甲", 2, 2.0, 2, 1.2876820724517808, 2.5753641449035616);
        check(rows.get(1), "丙", 1, 1.0, 1, 1.6931471805599454, 1.6931471805599454);
        check(rows.get(2), "乙", 1, 1.0, 2, 1.2876820724517808, 1.2876820724517808);
    }

    @Test
    void sublinearTf() {
        List<List<Object>> rows = document(0, rows(TfidfOptions.of(TfVariant.LOG, IdfVariant.PLAIN, 10)));
        check(rows.get(0), "丙", 1, 1.0, 1, LN_3, LN_3);
        // 1 + ln 2 = 1.6931471805599454
        check(rows.get(1), "甲", 2, 1.6931471805599454, 2, LN_1_5, 0.686512104608772);
        check(rows.get(2), "乙", 1, 1.0, 2, LN_1_5, LN_1_5);
    }

    @Test
    void augmentedTfOnTheDocumentsLargestCount() {
        List<List<Object>> rows = document(0, rows(TfidfOptions.of(TfVariant.AUGMENTED, IdfVariant.PLAIN, 10)));
        // the largest count is 甲's 2: 0.5 + 0.5 * 1 / 2 = 0.75
        check(rows.get(0), "丙", 1, 0.75, 1, LN_3, 0.8239592165010823);
        check(rows.get(1), "甲", 2, 1.0, 2, LN_1_5, LN_1_5);
        check(rows.get(2), "乙", 1, 0.75, 2, LN_1_5, 0.3040988310811233);
    }

    @Test
    void relativeTfOverCountedTokensOnly() {
        List<List<Object>> rows = document(0, rows(TfidfOptions.of(TfVariant.RELATIVE, IdfVariant.PLAIN, 10)));
        // 4 counted tokens: "。" is not one
        check(rows.get(0), "丙", 1, 0.25, 1, LN_3, 0.27465307216702745);
        check(rows.get(1), "甲", 2, 0.5, 2, LN_1_5, 0.2027325540540822);
        check(rows.get(2), "乙", 1, 0.25, 2, LN_1_5, 0.1013662770270411);
    }

    @Test
    void jiebaTableWithItsMedianForMissingWords() throws IOException {
        // the later 甲 replaces the earlier; distinct values 1, 3, 4, 5: the median at index 4 / 2 is 4
        JiebaIdf table = JiebaIdf.read(new BufferedReader(new StringReader("甲 2.0\n乙 4.0\n丙 1.0\n丁 3.0\n甲 5.0\n")));
        assertEquals(4.0, table.median());
        assertEquals(5.0, table.idf("甲"));
        assertEquals(4, table.size());
        List<List<Object>> rows = rows(CORPUS, DocumentSelection.ALL,
                TfidfOptions.of(TfVariant.RELATIVE, IdfVariant.JIEBA, 10), table);
        List<List<Object>> first = document(0, rows);
        check(first.get(0), "甲", 2, 0.5, 2, 5.0, 2.5);
        check(first.get(1), "乙", 1, 0.25, 2, 4.0, 1.0);
        check(first.get(2), "丙", 1, 0.25, 1, 1.0, 0.25);
        // 戊 is missing: the median 4; 3/5 * 4 = 2.4
        check(document(2, rows).get(0), "戊", 3, 0.6, 1, 4.0, 2.4);
    }

    @Test
    void tiesInCodePointOrderAndTopCutsThem() {
        // 丁 (U+4E01) and 乙 (U+4E59) both score ln(3/2) in document 2
        List<List<Object>> rows = document(2, rows(TfidfOptions.of(TfVariant.RAW, IdfVariant.PLAIN, 10)));
        assertEquals(List.of("戊", "丁", "乙"), rows.stream().map(row -> row.get(4)).toList());
        List<List<Object>> top2 = document(2, rows(TfidfOptions.of(TfVariant.RAW, IdfVariant.PLAIN, 2)));
        assertEquals(List.of("戊", "丁"), top2.stream().map(row -> row.get(4)).toList());
        assertEquals(List.of(1L, 2L), top2.stream().map(row -> row.get(3)).toList());
    }

    @Test
    void nAndDfCountTheSelectedDocumentsOnly() {
        // N = 2 (documents 0 and 2): df 甲 1, 乙 2, 丙 1; 乙 is in every selected document, so plain idf 0
        List<List<Object>> rows = rows(CORPUS, new DocumentSelection("0,2", d -> d != 1),
                TfidfOptions.of(TfVariant.RAW, IdfVariant.PLAIN, 10), null);
        assertTrue(rows.stream().noneMatch(row -> (Long) row.get(0) == 1L));
        List<List<Object>> first = document(0, rows);
        check(first.get(0), "甲", 2, 2.0, 1, 0.6931471805599453, 1.3862943611198906);
        check(first.get(1), "丙", 1, 1.0, 1, 0.6931471805599453, 0.6931471805599453);
        check(first.get(2), "乙", 1, 1.0, 2, 0.0, 0.0);
    }

    @Test
    void stopwordsLeaveTheDocumentTotalButDfFiltersDoNot() {
        TfidfOptions stop = new TfidfOptions(TfVariant.RELATIVE, IdfVariant.PLAIN, 10, CountedTypes.WORDS,
                new StopwordList("s", Set.of("甲")), 1, 1, 100);
        List<List<Object>> rows = document(0, rows(stop));
        // 2 counted tokens left
        check(rows.get(0), "丙", 1, 0.5, 1, LN_3, 0.5493061443340549);
        check(rows.get(1), "乙", 1, 0.5, 2, LN_1_5, 0.2027325540540822);
        assertEquals(2, rows.size());
        // at most 50% of 3 documents: df 1 only; the total stays 4
        TfidfOptions rare = new TfidfOptions(TfVariant.RELATIVE, IdfVariant.PLAIN, 10, CountedTypes.WORDS, StopwordList.NONE,
                1, 1, 50);
        List<List<Object>> rareRows = document(0, rows(rare));
        assertEquals(1, rareRows.size());
        check(rareRows.get(0), "丙", 1, 0.25, 1, LN_3, 0.27465307216702745);
        TfidfOptions common = new TfidfOptions(TfVariant.RAW, IdfVariant.PLAIN, 10, CountedTypes.WORDS, StopwordList.NONE,
                1, 2, 100);
        assertEquals(List.of("甲", "乙"), document(0, rows(common)).stream().map(row -> row.get(4)).toList());
    }

    @Test
    void shortWordsAreLeftOutBeforeCounting() {
        TestCorpus corpus = TestCorpus.of("lengths", "经济 发展 经济 好 。", "发展");
        TfidfOptions options = new TfidfOptions(TfVariant.RELATIVE, IdfVariant.PLAIN, 10, CountedTypes.ALL, StopwordList.NONE,
                2, 1, 100);
        List<List<Object>> rows = rows(corpus, DocumentSelection.ALL, options, null);
        // 好 and 。 are one character: 3 counted tokens; ln(2/1) = 0.6931471805599453
        check(rows.get(0), "经济", 2, 2.0 / 3, 1, 0.6931471805599453, 2.0 / 3 * 0.6931471805599453);
        check(rows.get(1), "发展", 1, 1.0 / 3, 2, 0.0, 0.0);
        assertEquals(3, rows.size());
    }

    @Test
    void headlineFromMetadataAndNoRowsForDocumentsWithoutWords() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("。 ，", Map.of("headline", "空"));
        documents.put("经济 发展", Map.of("headline", "经济发展", "date", "2023-03-03"));
        List<List<Object>> rows = rows(TestCorpus.withMetadata("meta", documents), DocumentSelection.ALL,
                TfidfOptions.of(TfVariant.RAW, IdfVariant.SMOOTH, 10), null);
        assertEquals(2, rows.size());
        assertEquals(List.of(1L, "doc1", "经济发展"), rows.get(0).subList(0, 3));
        // N = 2 counts the empty document: ln(3/2) + 1
        assertEquals(LN_1_5 + 1, (Double) rows.get(0).get(8), DELTA);
    }

    private static void check(List<Object> row, String word, long count, double tf, long df, double idf, double tfidf) {
        assertEquals(word, row.get(4));
        assertEquals(count, row.get(5), word);
        assertEquals(tf, (Double) row.get(6), DELTA, word + " tf");
        assertEquals(df, row.get(7), word);
        assertEquals(idf, (Double) row.get(8), DELTA, word + " idf");
        assertEquals(tfidf, (Double) row.get(9), DELTA, word + " tfidf");
    }

    private static List<List<Object>> document(long document, List<List<Object>> rows) {
        return rows.stream().filter(row -> (Long) row.get(0) == document).toList();
    }

    private static List<List<Object>> rows(TfidfOptions options) {
        return rows(CORPUS, DocumentSelection.ALL, options, null);
    }

    static List<List<Object>> rows(TestCorpus corpus, DocumentSelection selection, TfidfOptions options, JiebaIdf table) {
        try (ResultTable result = new TfidfKeywords(options, () -> table).compute(corpus, selection, Progress.NONE)) {
            return result.rows().toList();
        }
    }
}
