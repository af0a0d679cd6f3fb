package org.corpusbench.analysis.tfidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our tf=relative, idf=jieba keywords against Python jieba 0.42.1's
 * {@code jieba.analyse.extract_tags(text, topK=None, withWeight=True)}, as committed in
 * src/test/resources/jieba-tfidf by its regenerate.py. Both sides see the same tokens (the
 * corpus is built from Python jieba's own segmentation of each text, which extract_tags also
 * uses) and the same filter (min_length=2, every token type, jieba's stopwords), so the comparison
 * covers what extract_tags adds to segmentation: counting, the document total, the idf table and
 * its median, the weight and the order. It does not cover our segmenter, which differs from
 * Python's on a few percent of lines (see the jieba-engine parity test).
 *
 * <p>Words and their order must be equal; weights to 1e-12 relative, because jieba computes
 * count · (idf / total) and we tf · idf = (count / total) · idf, which may differ in the last bit.
 * Ties: jieba keeps equal weights in first-occurrence order, we in code-point order, so the
 * reference is re-sorted by weight, then word in code-point order, before comparing.
 */
class JiebaParityTest {
    private static final String FOLDER = "/jieba-tfidf/";
    private static JiebaIdf table;

    @BeforeAll
    static void load() {
        table = JiebaIdf.load();
    }

    @Test
    void everyKeywordAndWeightEqualsPythonJieba() throws IOException {
        List<String> texts = lines("segmented.txt");
        List<String[]> reference = lines("keywords.tsv").stream().map(line -> line.split("\t")).toList();
        TestCorpus corpus = TestCorpus.of("jieba", texts.toArray(String[]::new));
        List<List<Object>> rows = rows(corpus, 1000);
        for (int text = 0; text < texts.size(); text++) {
            int document = text;
            List<String[]> expected = new ArrayList<>(reference.stream().filter(r -> Integer.parseInt(r[0]) == document).toList());
            expected.sort(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[2]))
                    .thenComparing(r -> r[1], CodePointOrder.COMPARATOR));
            List<List<Object>> actual = rows.stream().filter(row -> (Long) row.get(0) == document).toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected.stream().map(r -> r[1]).toList(), actual.stream().map(row -> row.get(4)).toList(),
                    "text " + text);
            for (int i = 0; i < expected.size(); i++) {
                double weight = Double.parseDouble(expected.get(i)[2]);
                assertEquals(weight, (Double) actual.get(i).get(9), Math.abs(weight) * 1e-12, expected.get(i)[1]);
            }
        }
    }

    @Test
    void theTopFiveAreJiebasFirstFiveWhereNoTieCrossesTheCut() throws IOException {
        List<String> texts = lines("segmented.txt");
        List<List<Object>> rows = rows(TestCorpus.of("jieba", texts.toArray(String[]::new)), 5);
        List<String[]> reference = lines("keywords.tsv").stream().map(line -> line.split("\t")).toList();
        int compared = 0;
        for (int text = 0; text < texts.size(); text++) {
            String index = Integer.toString(text);
            List<String[]> jieba = reference.stream().filter(r -> r[0].equals(index)).toList();
            if (jieba.size() > 5 && jieba.get(4)[2].equals(jieba.get(5)[2])) {
                continue;
            }
            int document = text;
            Set<String> ours = new HashSet<>(rows.stream().filter(row -> (Long) row.get(0) == document)
                    .map(row -> (String) row.get(4)).toList());
            assertEquals(new HashSet<>(jieba.stream().limit(5).map(r -> r[1]).toList()), ours, "text " + text);
            compared++;
        }
        assertFalse(compared == 0, "every text has a tie at the cut");
    }

    @Test
    void wordsMissingFromTheTableGetPythonsMedian() throws IOException {
        assertEquals(Double.parseDouble(lines("median.txt").get(0)), table.median());
        assertEquals(table.median(), table.idf("不在表里的词语"));
    }

    private static List<List<Object>> rows(TestCorpus corpus, int top) throws IOException {
        StopwordList stopwords = new StopwordList("jieba", Set.copyOf(lines("stopwords.txt")));
        TfidfOptions options = new TfidfOptions(TfVariant.RELATIVE, IdfVariant.JIEBA, top, CountedTypes.ALL, stopwords, 2, 1, 100);
        try (ResultTable table = new TfidfKeywords(options, () -> JiebaParityTest.table).compute(corpus, DocumentSelection.ALL,
                Progress.NONE)) {
            return table.rows().toList();
        }
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = JiebaParityTest.class.getResourceAsStream(FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isEmpty()).toList();
        }
    }
}
