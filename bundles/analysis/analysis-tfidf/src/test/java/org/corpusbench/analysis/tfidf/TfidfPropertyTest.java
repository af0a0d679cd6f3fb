package org.corpusbench.analysis.tfidf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;

/** {@link TfidfKeywords} against the formulas applied literally to each selected document's words. */
class TfidfPropertyTest {
    private static final List<String> VOCABULARY = List.of("甲", "乙", "丙", "丁", "经济", "发展", "豈", "𠀀", "2024", "7",
            "ABC", "x", "，", "。", "■");

    @Property(tries = 400)
    void everyRowEqualsTheNaiveFormulas(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(6) List<Boolean> chosen, @ForAll boolean wholeCorpus, @ForAll TfVariant tf, @ForAll IdfVariant idf,
            @ForAll @IntRange(min = 1, max = 4) int top, @ForAll CountedTypes types,
            @ForAll("stopwords") Set<String> stopwords, @ForAll @IntRange(min = 1, max = 2) int minLength,
            @ForAll @IntRange(min = 1, max = 3) int minDf, @ForAll("percentages") double maxDfPercent,
            @ForAll("idfTable") Map<String, Double> table) throws IOException {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);
        TfidfOptions options = new TfidfOptions(tf, idf, top, types, new StopwordList("random", stopwords), minLength, minDf,
                maxDfPercent);
        StringBuilder lines = new StringBuilder();
        table.forEach((word, value) -> lines.append(word).append(' ').append(value).append('\n'));
        JiebaIdf jieba = JiebaIdf.read(new BufferedReader(new StringReader(lines.toString())));
        assertEquals(naive(documents, wholeCorpus ? d -> true : chosen::get, options, table),
                TfidfKeywordsTest.rows(corpus, selection, options, jieba));
    }

    private static List<List<Object>> naive(List<List<String>> documents, java.util.function.IntPredicate selected,
            TfidfOptions options, Map<String, Double> table) {
        List<Integer> chosen = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            if (selected.test(d)) {
                chosen.add(d);
                new HashSet<>(counted(documents.get(d), options)).forEach(word -> df.merge(word, 1, Integer::sum));
            }
        }
        int n = chosen.size();
        List<List<Object>> rows = new ArrayList<>();
        for (int d : chosen) {
            List<String> words = counted(documents.get(d), options);
            Map<String, Integer> counts = new TreeMap<>();
            words.forEach(word -> counts.merge(word, 1, Integer::sum));
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Object[]> scored = new ArrayList<>();
            counts.forEach((word, count) -> {
                int f = df.get(word);
                if (f >= options.minDf() && f * 100.0 <= options.maxDfPercent() * n) {
                    double tf = switch (options.tf()) {
                        case RAW -> count;
                        case LOG -> 1 + Math.log(count);
                        case AUGMENTED -> 0.5 + 0.5 * count / max;
                        case RELATIVE -> (double) count / words.size();
                    };
                    double idf = switch (options.idf()) {
                        case SMOOTH -> Math.log((double) (n + 1) / (f + 1)) + 1;
                        case PLAIN -> Math.log((double) n / f);
                        case JIEBA -> table.getOrDefault(word, median(table));
                    };
                    scored.add(new Object[] {word, count, tf, f, idf, tf * idf});
                }
            });
            scored.sort(Comparator.comparingDouble((Object[] s) -> -(Double) s[5])
                    .thenComparing(s -> (String) s[0], CodePointOrder.COMPARATOR));
            for (int rank = 0; rank < Math.min(options.top(), scored.size()); rank++) {
                Object[] s = scored.get(rank);
                rows.add(List.of((long) d, "doc" + d, "", rank + 1L, s[0], (long) (int) s[1], s[2], (long) (int) s[3], s[4], s[5]));
            }
        }
        return rows;
    }

    private static List<String> counted(List<String> document, TfidfOptions options) {
        return document.stream().filter(word -> options.countedTypes().includes(kind(word)))
                .filter(word -> !options.stopwords().contains(word))
                .filter(word -> word.codePointCount(0, word.length()) >= options.minLength()).toList();
    }

    private static double median(Map<String, Double> table) {
        double[] values = table.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    /** As TestCorpus classifies the vocabulary. */
    private static TokenType kind(String word) {
        return switch (word) {
            case "2024", "7" -> TokenType.NUMBER;
            case "ABC", "x" -> TokenType.LATIN;
            case "，", "。" -> TokenType.PUNCTUATION;
            case "■" -> TokenType.SYMBOL;
            default -> TokenType.CHINESE_WORD;
        };
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Set<String>> stopwords() {
        return Arbitraries.of(VOCABULARY).set().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Double> percentages() {
        return Arbitraries.of(100.0, 75.0, 50.0, 40.0, 33.4, 0.0);
    }

    /** A few words with a few idf values, so ties and the median both occur. */
    @Provide
    Arbitrary<Map<String, Double>> idfTable() {
        return Arbitraries.maps(Arbitraries.of(VOCABULARY), Arbitraries.of(1.5, 2.0, 3.25, 7.0)).ofMinSize(1).ofMaxSize(8);
    }
}
