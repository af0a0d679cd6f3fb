package org.corpusbench.analysis.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;

/**
 * {@link KeywordList} against a naive keyword list written from the definitions: count the
 * selection's token strings, count the reference the same way (or take the list), apply the
 * filters, and compute each measure with the cited formula taken literally (log(O/E), not log1p).
 */
class KeywordListPropertyTest {
    private static final List<String> VOCABULARY = List.of("甲", "乙", "丙", "经济", "发展", "𠀀", "2024", "7", "ABC", "x",
            "，", "。", "■");
    private static final List<String> LIST_WORDS = List.of("甲", "乙", "经济", "外来", "zzz", "，", "12", "■", "丁");

    @Property(tries = 300)
    void everyRowEqualsTheNaiveList(@ForAll("documents") List<List<String>> documents, @ForAll @Size(6) List<Boolean> target,
            @ForAll @Size(6) List<Boolean> part, @ForAll @IntRange(min = 0, max = 3) int referenceKind,
            @ForAll("documents") List<List<String>> otherDocuments, @ForAll("list") Map<String, Long> listCounts,
            @ForAll @IntRange(min = 0, max = 5) int extraListTokens, @ForAll CountedTypes types,
            @ForAll("stopwords") Set<String> stopwords, @ForAll @IntRange(min = 0, max = 2) int minTarget,
            @ForAll @IntRange(min = 0, max = 2) int minReference, @ForAll Direction direction, @ForAll("tests") Measure test,
            @ForAll("maxP") double maxP, @ForAll("minLogRatio") double minLogRatio, @ForAll Measure sortBy,
            @ForAll("k") double k) {
        TestCorpus corpus = corpus("random", documents);
        DocumentSelection selection = new DocumentSelection("target", document -> document < target.size() && target.get(document));
        DocumentSelection partSelection = new DocumentSelection("part", document -> document < part.size() && part.get(document));
        TestCorpus other = corpus("other", otherDocuments);
        long listTokens = listCounts.values().stream().mapToLong(Long::longValue).sum() + extraListTokens;
        Reference reference = switch (referenceKind) {
            case 0 -> new Reference.RestOfCorpus("rest");
            case 1 -> new Reference.CorpusPart("part", corpus, partSelection);
            case 2 -> new Reference.CorpusPart("corpus:other", other, DocumentSelection.ALL);
            default -> new Reference.WordList("list:random", new MapList(listCounts, listTokens));
        };
        KeywordList.Settings settings = new KeywordList.Settings(types, new StopwordList("random", stopwords), minTarget,
                minReference, direction, test, maxP, minLogRatio, sortBy, k);

        // the naive counts: token strings of the chosen documents, kinds as the corpus (or, for a list word it lacks, classify) says
        Map<String, long[]> counts = new LinkedHashMap<>();
        long c = countStrings(corpus, documents, document -> selection.contains(document), types, counts, 0);
        long d;
        if (referenceKind == 0) {
            d = countStrings(corpus, documents, document -> !selection.contains(document), types, counts, 1);
        } else if (referenceKind == 1) {
            d = countStrings(corpus, documents, document -> partSelection.contains(document), types, counts, 1);
        } else if (referenceKind == 2) {
            d = countStrings(other, otherDocuments, document -> true, types, counts, 1);
        } else {
            for (Map.Entry<String, Long> entry : listCounts.entrySet()) {
                int id = corpus.lexicon().id(entry.getKey());
                TokenType kind = id >= 0 ? corpus.lexicon().category(id) : TokenType.classify(entry.getKey());
                if (types.includes(kind)) {
                    counts.computeIfAbsent(entry.getKey(), w -> new long[2])[1] += entry.getValue();
                }
            }
            d = listTokens;
        }
        KeywordList list = new KeywordList(settings);
        if (c == 0 || d == 0) {
            assertThrows(CorpusException.class, () -> list.compute(corpus, selection, reference, Progress.NONE));
            return;
        }
        Map<String, double[]> expected = new HashMap<>();
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long a = entry.getValue()[0];
            long b = entry.getValue()[1];
            double[] values = naive(a, b, c, d, k);
            if (!stopwords.contains(entry.getKey()) && a + b > 0 && a >= minTarget && b >= minReference
                    && admits(direction, a, b, c, d) && (maxP >= 1 || values[9 + testMeasures().indexOf(test)] <= maxP)
                    && Math.abs(values[4]) >= minLogRatio) {
                expected.put(entry.getKey(), values);
            }
        }
        List<List<Object>> rows;
        try (ResultTable table = list.compute(corpus, selection, reference, Progress.NONE)) {
            rows = table.rows().toList();
        }
        assertEquals(expected.keySet(), Set.copyOf(rows.stream().map(row -> (String) row.get(1)).toList()));
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            String word = (String) row.get(1);
            long[] ab = counts.get(word);
            assertEquals((long) i + 1, row.get(0));
            assertEquals(ab[0], row.get(2));
            assertEquals(ab[0] * 1e6 / c, (Double) row.get(3), 1e-9);
            assertEquals(ab[1], row.get(4));
            assertEquals(ab[1] * 1e6 / d, (Double) row.get(5), 1e-9);
            double[] values = expected.get(word);
            for (int m = 0; m < values.length; m++) {
                close(values[m], (Double) row.get(6 + m), word + " column " + (6 + m));
            }
            if (i > 0) {
                assertOrdered(rows.get(i - 1), row, sortBy, direction);
            }
        }
    }

    /** Rows run by the sort measure (its sign flipped for signed measures of negative keywords), then target count, then word. */
    private static void assertOrdered(List<Object> before, List<Object> after, Measure sortBy, Direction direction) {
        double sign = direction == Direction.NEGATIVE && sortBy.signed() ? -1 : 1;
        double first = key((Double) before.get(6 + sortBy.ordinal()), sign);
        double second = key((Double) after.get(6 + sortBy.ordinal()), sign);
        assertTrue(first >= second, before + " before " + after);
        if (first == second) {
            long a1 = (Long) before.get(2);
            long a2 = (Long) after.get(2);
            assertTrue(a1 > a2 || a1 == a2 && CodePointOrder.compare((String) before.get(1), (String) after.get(1)) < 0,
                    before + " before " + after);
        }
    }

    private static double key(double value, double sign) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : sign * value;
    }

    private static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": " + actual);
        } else {
            assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * 1e-9), what);
        }
    }

    /** The measures as their sources write them, then the four p-values. */
    private static double[] naive(double a, double b, double c, double d, double k) {
        double n = c + d;
        double e1 = c * (a + b) / n;
        double e2 = d * (a + b) / n;
        double e3 = c * (n - a - b) / n;
        double e4 = d * (n - a - b) / n;
        double ll2 = 2 * (xlnx(a, e1) + xlnx(b, e2));
        double ll4 = 2 * (xlnx(a, e1) + xlnx(b, e2) + xlnx(c - a, e3) + xlnx(d - b, e4));
        double[] o = {a, b, c - a, d - b};
        double[] e = {e1, e2, e3, e4};
        double x2 = 0;
        double yates = 0;
        for (int i = 0; i < 4; i++) {
            x2 += (o[i] - e[i]) * (o[i] - e[i]) / e[i];
            double corrected = Math.max(0, Math.abs(o[i] - e[i]) - 0.5);
            yates += corrected * corrected / e[i];
        }
        if (e3 == 0) {
            x2 = Double.NaN;
            yates = Double.NaN;
        }
        double logRatio = Math.log((Math.max(a, 0.5) / c) / (b == 0 ? 0.5 / d : b / d)) / Math.log(2);
        if (a == 0) {
            logRatio = Math.log((0.5 / c) / (b / d)) / Math.log(2);
        }
        double percentDiff = b == 0 ? (a / c) * 100 / 1e-18 : (a / c - b / d) * 100 / (b / d);
        double bic = ll2 - Math.log(n);
        double ell = ll2 / (n * Math.log(Math.min(e1, e2)));
        double simpleMaths = (a / c * 1e6 + k) / (b / d * 1e6 + k);
        double[] statistics = {ll2, ll4, x2, yates};
        double[] values = new double[13];
        System.arraycopy(statistics, 0, values, 0, 4);
        values[4] = logRatio;
        values[5] = percentDiff;
        values[6] = bic;
        values[7] = Double.isFinite(ell) ? ell : Double.NaN;
        values[8] = simpleMaths;
        for (int i = 0; i < 4; i++) {
            values[9 + i] = KeynessMeasures.pValue(statistics[i]);
        }
        return values;
    }

    private static double xlnx(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static List<Measure> testMeasures() {
        return List.of(Measure.LOG_LIKELIHOOD, Measure.LOG_LIKELIHOOD_4TERM, Measure.CHI_SQUARED, Measure.CHI_SQUARED_YATES);
    }

    private static boolean admits(Direction direction, long a, long b, long c, long d) {
        int comparison = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(b).multiply(BigInteger.valueOf(c)));
        return direction == Direction.BOTH || (direction == Direction.POSITIVE ? comparison > 0 : comparison < 0);
    }

    private static long countStrings(TestCorpus corpus, List<List<String>> documents, java.util.function.IntPredicate chosen,
            CountedTypes types, Map<String, long[]> counts, int side) {
        Lexicon lexicon = corpus.lexicon();
        long tokens = 0;
        for (int document = 0; document < documents.size(); document++) {
            if (chosen.test(document)) {
                for (String token : documents.get(document)) {
                    if (types.includes(lexicon.category(lexicon.id(token)))) {
                        counts.computeIfAbsent(token, w -> new long[2])[side]++;
                        tokens++;
                    }
                }
            }
        }
        return tokens;
    }

    private static TestCorpus corpus(String name, List<List<String>> documents) {
        return TestCorpus.of(name, documents.stream().map(document -> String.join(" ", document)).toArray(String[]::new));
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Map<String, Long>> list() {
        return Arbitraries.maps(Arbitraries.of(LIST_WORDS), Arbitraries.longs().between(1, 40)).ofMaxSize(LIST_WORDS.size());
    }

    @Provide
    Arbitrary<Set<String>> stopwords() {
        return Arbitraries.of("甲", "经济", "外来", "，", "zzz").set().ofMaxSize(2);
    }

    @Provide
    Arbitrary<Measure> tests() {
        return Arbitraries.of(testMeasures());
    }

    @Provide
    Arbitrary<Double> maxP() {
        return Arbitraries.of(1.0, 0.5, 0.2, 0.05);
    }

    @Provide
    Arbitrary<Double> minLogRatio() {
        return Arbitraries.of(0.0, 0.3, 0.7);
    }

    @Provide
    Arbitrary<Double> k() {
        return Arbitraries.of(1.0, 0.1, 100.0);
    }

    /** A reference list over a map: what a {@link ReferenceList} service gives. */
    record MapList(Map<String, Long> counts, long tokens) implements ReferenceList {
        @Override
        public String name() {
            return "random";
        }

        @Override
        public String description() {
            return "random words";
        }

        @Override
        public long count(String word) {
            return counts.getOrDefault(word, 0L);
        }

        @Override
        public void forEach(ObjLongConsumer<String> action) {
            counts.forEach(action::accept);
        }
    }
}
