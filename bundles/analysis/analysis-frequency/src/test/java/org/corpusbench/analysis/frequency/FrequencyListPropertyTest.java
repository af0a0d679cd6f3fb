package org.corpusbench.analysis.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;

/**
 * {@link FrequencyList} against the formulas applied literally to the selection's counted tokens,
 * with the rows past a random few measured by the pass over the tokens rather than from postings.
 */
class FrequencyListPropertyTest {
    private static final List<String> VOCABULARY = List.of("甲", "乙", "丙", "丁", "经济", "发展", "豈", "𠀀", "2024", "7",
            "ABC", "x", "，", "。", "■");

    @Property(tries = 400)
    void everyColumnEqualsTheNaiveFormulas(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(6) List<Boolean> chosen, @ForAll boolean wholeCorpus, @ForAll CountedTypes types,
            @ForAll("stopwords") Set<String> stopwords, @ForAll @IntRange(min = 1, max = 3) int minCount,
            @ForAll @IntRange(min = 1, max = 3) int minRange, @ForAll @IntRange(min = 0, max = 5) int rowsFromPostings) {
        check(documents, chosen, wholeCorpus, types, stopwords, minCount, minRange, rowsFromPostings);
    }

    /** Rows measured from postings and rows measured by the pass over the tokens are the same doubles, not just close. */
    @Property(tries = 200)
    void passOverTokensGivesTheSameRowsAsPostings(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(6) List<Boolean> chosen, @ForAll boolean wholeCorpus, @ForAll CountedTypes types,
            @ForAll @IntRange(min = 1, max = 3) int minRange) {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);
        assertEquals(rows(corpus, selection, types, Set.of(), 1, minRange, Integer.MAX_VALUE),
                rows(corpus, selection, types, Set.of(), 1, minRange, 0));
    }

    private static List<List<Object>> rows(TestCorpus corpus, DocumentSelection selection, CountedTypes types,
            Set<String> stopwords, int minCount, int minRange, int rowsFromPostings) {
        try (var table = new FrequencyList(types, new StopwordList("random", stopwords), minCount, minRange, rowsFromPostings)
                .compute(corpus, selection, Progress.NONE)) {
            return table.rows().toList();
        }
    }

    /**
     * Documents of 300 to 1,500 tokens with rare words, so postings jump over whole documents and
     * land in the many blocks documents are looked up by.
     */
    @Property(tries = 30)
    void longDocumentsToo(@ForAll("longDocuments") List<List<String>> documents, @ForAll @Size(6) List<Boolean> chosen,
            @ForAll boolean wholeCorpus, @ForAll CountedTypes types, @ForAll @IntRange(min = 0, max = 3) int rowsFromPostings) {
        check(documents, chosen, wholeCorpus, types, Set.of(), 1, 1, rowsFromPostings);
    }

    @Provide
    Arbitrary<List<List<String>>> longDocuments() {
        Arbitrary<String> token = Arbitraries.frequency(Tuple.of(300, "甲"), Tuple.of(200, "，"), Tuple.of(100, "ABC"),
                Tuple.of(1, "豈"), Tuple.of(1, "𠀀"), Tuple.of(2, "7"));
        return token.list().ofMinSize(300).ofMaxSize(1500).list().ofMinSize(2).ofMaxSize(6);
    }

    private static void check(List<List<String>> documents, List<Boolean> chosen, boolean wholeCorpus, CountedTypes types,
            Set<String> stopwords, int minCount, int minRange, int rowsFromPostings) {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);

        List<List<Object>> actual = rows(corpus, selection, types, stopwords, minCount, minRange, rowsFromPostings);

        List<List<Object>> expected = naive(corpus, documents, selection, types, stopwords, minCount, minRange);
        assertEquals(expected.size(), actual.size(), () -> "rows: " + expected + " but got " + actual);
        for (int row = 0; row < expected.size(); row++) {
            for (int column = 0; column < FrequencyList.COLUMNS.size(); column++) {
                Object want = expected.get(row).get(column);
                Object got = actual.get(row).get(column);
                String where = "row " + row + " column " + FrequencyList.COLUMNS.get(column).name();
                if (want instanceof Double number) {
                    assertEquals(number, (double) got, 1e-9, where);
                } else {
                    assertEquals(want, got, where);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(14).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Set<String>> stopwords() {
        return Arbitraries.of(VOCABULARY).set().ofMaxSize(4);
    }

    /** Builds the counted token sequence of the selection and applies each formula to it as written. */
    private static List<List<Object>> naive(TestCorpus corpus, List<List<String>> documents, DocumentSelection selection,
            CountedTypes types, Set<String> stopwords, int minCount, int minRange) {
        Lexicon lexicon = corpus.lexicon();
        List<String> sequence = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (!selection.contains(d)) {
                continue;
            }
            List<String> counted = documents.get(d).stream()
                    .filter(token -> types.includes(lexicon.category(lexicon.id(token)))).toList();
            sequence.addAll(counted);
            if (!counted.isEmpty()) {
                parts.add(counted);
            }
        }
        double total = sequence.size();
        int n = parts.size();
        double smallestShare = parts.stream().mapToInt(List::size).min().orElse(0) / total;
        List<List<Object>> rows = new ArrayList<>();
        for (String word : new HashSet<>(sequence)) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < sequence.size(); i++) {
                if (sequence.get(i).equals(word)) {
                    places.add(i);
                }
            }
            double f = places.size();
            double[] relative = new double[n];
            double dp = 0;
            long range = 0;
            for (int i = 0; i < n; i++) {
                long inPart = parts.get(i).stream().filter(word::equals).count();
                range += inPart > 0 ? 1 : 0;
                relative[i] = inPart / (double) parts.get(i).size();
                dp += Math.abs(inPart / f - parts.get(i).size() / total);
            }
            dp /= 2;
            double mean = Arrays.stream(relative).sum() / n;
            double sd = Math.sqrt(Arrays.stream(relative).map(p -> (p - mean) * (p - mean)).sum() / n);
            double d = n < 2 ? Double.NaN : 1 - (sd / mean) / Math.sqrt(n - 1);
            double v = total / f;
            double reduced = 0;
            for (int j = 0; j < places.size(); j++) {
                int distance = places.get((j + 1) % places.size()) - places.get(j);
                reduced += Math.min(distance <= 0 ? distance + total : distance, v);
            }
            if (f >= minCount && range >= minRange && !stopwords.contains(word)) {
                rows.add(new ArrayList<>(List.of(0L, word, (long) f, f / total * 1e6, range, 100.0 * range / n, d, dp,
                        n < 2 ? Double.NaN : dp / (1 - smallestShare), reduced / v)));
            }
        }
        rows.sort(Comparator.comparing((List<Object> row) -> -(long) row.get(2))
                .thenComparing(row -> (String) row.get(1), FrequencyListPropertyTest::byCodePoints));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).set(0, i + 1L);
        }
        return rows;
    }

    private static int byCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
