package org.corpusbench.analysis.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;

/**
 * {@link Trend} against a naive one: values from the metadata by hand (split, trimmed, cut to the
 * period), every count by walking each document's tokens, DP and DPnorm by their formulas.
 */
class TrendPropertyTest {
    private static final List<String> VOCABULARY = List.of("甲", "乙", "丙", "经济", "发展", "2024", "ABC", "，", "。", "■");
    private static final List<String> DATES = List.of("2023-01-05", "2023-01-20", "2023-02-01", "2024-02-01", "--03-04",
            "2023-05", "2023", " ");
    private static final List<String> REPORTERS = List.of("张三", "李四", "王五");
    private static final List<String> QUERIES = List.of("", "\"甲\"", "\"甲\" \"乙\"", "[word=\"发.*\"]", "\"丁\"");

    @Property(tries = 300)
    void everyRowEqualsTheNaiveTrend(@ForAll("documents") List<Doc> documents, @ForAll @Size(6) List<Boolean> chosen,
            @ForAll boolean wholeCorpus, @ForAll boolean byReporters, @ForAll Period period,
            @ForAll @IntRange(min = 1, max = 4) int top, @ForAll CountedTypes types,
            @ForAll("stopwords") Set<String> stopwords, @ForAll("queries") String query) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            // a symbol unique to the document keeps the texts apart (the map is keyed by text)
            texts.put(String.join(" ", documents.get(d).tokens) + " #" + d, documents.get(d).metadata);
        }
        TestCorpus corpus = TestCorpus.withMetadata("random", texts);
        IntPredicate selected = wholeCorpus ? d -> true : chosen::get;
        DocumentSelection selection = wholeCorpus ? DocumentSelection.ALL : new DocumentSelection("random", chosen::get);
        String key = byReporters ? "reporters" : "date";
        TrendOptions options = new TrendOptions(key, period, top, types, new StopwordList("random", stopwords));
        Hits hits = query.isEmpty() ? null
                : new CqlQueryService().search(corpus, selection, query, MatchStrategy.STANDARD, Progress.NONE);
        List<List<String>> tokens = new ArrayList<>();
        texts.keySet().forEach(text -> tokens.add(List.of(text.split(" "))));
        List<List<Object>> expected;
        try {
            expected = naive(tokens, documents, selected, options, corpus, hits, query);
        } catch (NotADate e) {
            assertThrows(CorpusException.class, () -> rows(corpus, selection, options, hits, query));
            return;
        }
        assertEquals(expected, rows(corpus, selection, options, hits, query));
    }

    private static List<List<Object>> rows(TestCorpus corpus, DocumentSelection selection, TrendOptions options, Hits hits,
            String query) {
        try (ResultTable table = new Trend(options).compute(corpus, selection, hits, query, Progress.NONE)) {
            return table.rows().toList();
        }
    }

    private static List<List<Object>> naive(List<List<String>> tokens, List<Doc> documents, IntPredicate selected,
            TrendOptions options, TestCorpus corpus, Hits hits, String query) {
        Map<String, Long> valueTokens = new TreeMap<>(CodePointOrder.COMPARATOR);
        Map<String, Long> overall = new TreeMap<>(CodePointOrder.COMPARATOR);
        List<Set<String>> valuesOf = new ArrayList<>();
        for (int d = 0; d < tokens.size(); d++) {
            Set<String> values = new LinkedHashSet<>();
            if (selected.test(d)) {
                String raw = documents.get(d).metadata.get(options.key());
                List<String> parts = raw == null ? List.of()
                        : options.key().equals("reporters") ? List.of(raw.split("、")) : List.of(raw);
                for (String part : parts) {
                    if (!part.isBlank()) {
                        values.add(cut(part.strip(), options.period()));
                    }
                }
                if (values.isEmpty()) {
                    values.add("(none)");
                }
                long counted = tokens.get(d).stream().filter(t -> options.countedTypes().includes(kind(t))).count();
                values.forEach(v -> valueTokens.merge(v, counted, Long::sum));
                tokens.get(d).stream().filter(t -> options.countedTypes().includes(kind(t)))
                        .forEach(t -> overall.merge(t, 1L, Long::sum));
            }
            valuesOf.add(values);
        }
        List<String> words = new ArrayList<>();
        List<Map<String, Long>> counts = new ArrayList<>();
        if (hits == null) {
            overall.entrySet().stream().filter(e -> !options.stopwords().contains(e.getKey()))
                    .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey, CodePointOrder.COMPARATOR))
                    .limit(options.top()).forEach(e -> words.add(e.getKey()));
            for (String word : words) {
                Map<String, Long> perValue = new TreeMap<>();
                for (int d = 0; d < tokens.size(); d++) {
                    long n = tokens.get(d).stream().filter(word::equals).count();
                    valuesOf.get(d).forEach(v -> perValue.merge(v, n, Long::sum));
                }
                counts.add(perValue);
            }
        } else {
            words.add(query);
            Map<String, Long> perValue = new TreeMap<>();
            for (int hit = 0; hit < hits.size(); hit++) {
                valuesOf.get(corpus.documentOf(hits.start(hit))).forEach(v -> perValue.merge(v, 1L, Long::sum));
            }
            counts.add(perValue);
        }
        long allTokens = valueTokens.values().stream().mapToLong(Long::longValue).sum();
        List<List<Object>> rows = new ArrayList<>();
        for (String value : valueTokens.keySet()) {
            for (int w = 0; w < words.size(); w++) {
                Map<String, Long> perValue = counts.get(w);
                long total = perValue.values().stream().mapToLong(Long::longValue).sum();
                double sum = 0;
                double smallest = 1;
                for (String v : valueTokens.keySet()) {
                    double s = (double) valueTokens.get(v) / allTokens;
                    smallest = Math.min(smallest, s);
                    sum += Math.abs((double) perValue.getOrDefault(v, 0L) / total - s);
                }
                double dp = total == 0 || allTokens == 0 ? Double.NaN : sum / 2;
                double dpNorm = valueTokens.size() < 2 ? Double.NaN : dp / (1 - smallest);
                long range = valueTokens.keySet().stream().filter(v -> perValue.getOrDefault(v, 0L) > 0).count();
                long count = perValue.getOrDefault(value, 0L);
                long size = valueTokens.get(value);
                rows.add(List.of(value, words.get(w), count, size, size == 0 ? Double.NaN : (double) count / size * 1e6,
                        range, dp, dpNorm));
            }
        }
        return rows;
    }

    private static String cut(String value, Period period) {
        if (period == Period.VALUE) {
            return value;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}")) {
            return period == Period.MONTH ? value.substring(0, 7) : value.substring(0, 4);
        }
        if (value.matches("\\d{4}") && period == Period.YEAR) {
            return value;
        }
        if (value.startsWith("--")) {
            return period == Period.MONTH ? value.substring(0, 4) : "(no year)";
        }
        throw new NotADate();
    }

    private static TokenType kind(String token) {
        return switch (token) {
            case "2024" -> TokenType.NUMBER;
            case "ABC" -> TokenType.LATIN;
            case "，", "。" -> TokenType.PUNCTUATION;
            default -> token.startsWith("#") || token.equals("■") ? TokenType.SYMBOL : TokenType.CHINESE_WORD;
        };
    }

    /** A value the naive trend cannot cut to the period. */
    private static final class NotADate extends RuntimeException {
        NotADate() {
            super(null, null, false, false);
        }
    }

    /** A random document: its tokens and metadata. */
    record Doc(List<String> tokens, Map<String, String> metadata) {
    }

    @Provide
    Arbitrary<List<Doc>> documents() {
        Arbitrary<List<String>> tokens = Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(10);
        Arbitrary<String> date = Arbitraries.of(DATES).injectNull(0.2);
        Arbitrary<String> reporters = Arbitraries.of(REPORTERS).list().ofMaxSize(3).map(names -> String.join("、", names))
                .injectNull(0.2);
        return Combinators.combine(tokens, date, reporters).as((t, d, r) -> {
            Map<String, String> metadata = new LinkedHashMap<>();
            if (d != null) {
                metadata.put("date", d);
            }
            if (r != null) {
                metadata.put("reporters", r);
            }
            return new Doc(t, metadata);
        }).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Set<String>> stopwords() {
        return Arbitraries.of(VOCABULARY).set().ofMaxSize(2);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of(QUERIES);
    }
}
