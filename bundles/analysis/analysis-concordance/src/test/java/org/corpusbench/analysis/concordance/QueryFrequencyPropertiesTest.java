package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.analysis.concordance.NaiveConcordance.Hit;
import org.corpusbench.analysis.concordance.RandomCorpora.Sample;
import org.corpusbench.analysis.concordance.internal.QueryFrequencyAnalysis;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;

class QueryFrequencyPropertiesTest {
    private final QueryFrequencyAnalysis analysis = new QueryFrequencyAnalysis(TestQueries.service());

    @Provide
    Arbitrary<Sample> samples() {
        return RandomCorpora.samples();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void groupsByFormAsANaiveCount(@ForAll("samples") Sample sample) {
        List<Hit> hits = NaiveConcordance.hits(sample.corpus(), sample.selection(), sample.query());
        assertEquals(naiveForms(sample, hits), run(sample, Map.of("group", "form", "key", "")));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void groupsHitsOfVaryingLengthsAsANaiveCount(@ForAll("samples") Sample sample, @ForAll long seed) {
        List<Hit> hits = NaiveConcordance.randomHits(sample.corpus(), sample.selection(), seed);
        assertEquals(naiveForms(sample, hits),
                QueryFrequency.byForm(sample.corpus(), NaiveConcordance.asHits(hits), Progress.NONE).rows().toList());
    }

    private static List<List<Object>> naiveForms(Sample sample, List<Hit> hits) {
        Map<String, Long> counts = new HashMap<>();
        for (Hit hit : hits) {
            List<String> words = new ArrayList<>();
            for (int p = hit.start(); p < hit.end(); p++) {
                words.add(NaiveConcordance.word(sample.corpus(), p));
            }
            counts.merge(String.join(" ", words), 1L, Long::sum);
        }
        List<List<Object>> expected = new ArrayList<>();
        for (String value : ranked(counts)) {
            expected.add(List.of((long) expected.size() + 1, value, counts.get(value), 100.0 * counts.get(value) / hits.size()));
        }
        return expected;
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void groupsByMetadataAsANaiveCount(@ForAll("samples") Sample sample, @ForAll @From("keys") String key) {
        List<Hit> hits = NaiveConcordance.hits(sample.corpus(), sample.selection(), sample.query());
        Map<String, Long> counts = new HashMap<>();
        Map<String, Set<Integer>> documents = new HashMap<>();
        for (Hit hit : hits) {
            String value = sample.corpus().document(hit.document()).metadata().getOrDefault(key, "");
            counts.merge(value, 1L, Long::sum);
            documents.computeIfAbsent(value, v -> new HashSet<>()).add(hit.document());
        }
        List<List<Object>> expected = new ArrayList<>();
        for (String value : ranked(counts)) {
            expected.add(List.of((long) expected.size() + 1, value, counts.get(value),
                    100.0 * counts.get(value) / hits.size(), (long) documents.get(value).size()));
        }

        assertEquals(expected, run(sample, Map.of("group", "metadata", "key", key)));
    }

    @Provide
    Arbitrary<String> keys() {
        return net.jqwik.api.Arbitraries.of("date", "page", "reporter");
    }

    /** Values by count descending, then code point by code point. */
    private static List<String> ranked(Map<String, Long> counts) {
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparing((String v) -> -counts.get(v))
                .thenComparing((a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())));
        return values;
    }

    private List<List<Object>> run(Sample sample, Map<String, Object> grouping) {
        Map<String, Object> parameters = new HashMap<>(grouping);
        parameters.put("query", sample.query());
        parameters.put("strategy", "standard");
        try (ResultTable table = analysis.run(sample.corpus(), sample.selection(), Parameters.of(parameters), Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
