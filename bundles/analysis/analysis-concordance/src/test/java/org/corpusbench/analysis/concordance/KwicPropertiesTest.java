package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.corpusbench.analysis.concordance.NaiveConcordance.Hit;
import org.corpusbench.analysis.concordance.RandomCorpora.Sample;
import org.corpusbench.analysis.concordance.internal.KwicAnalysis;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;

class KwicPropertiesTest {
    private final KwicAnalysis kwic = new KwicAnalysis(TestQueries.service());

    @Provide
    Arbitrary<Sample> samples() {
        return RandomCorpora.samples();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void pagesEqualTheNaiveConcordance(@ForAll("samples") Sample sample, @ForAll KwicSort sort,
            @ForAll @IntRange(max = 4) int context, @ForAll ContextUnit unit, @ForAll @IntRange(min = 1, max = 4) int page,
            @ForAll @IntRange(min = 1, max = 6) int pageSize, @ForAll long seed) {
        List<Hit> hits = NaiveConcordance.hits(sample.corpus(), sample.selection(), sample.query());
        List<List<Object>> lines = NaiveConcordance.lines(sample.corpus(), hits, context, unit);
        List<Integer> order = NaiveConcordance.order(sample.corpus(), hits, sort, seed);
        List<List<Object>> expected = new ArrayList<>();
        for (int line = (page - 1) * pageSize; line < Math.min(hits.size(), page * pageSize); line++) {
            List<Object> row = new ArrayList<>(List.of((long) line + 1, (long) hits.size()));
            row.addAll(lines.get(order.get(line)));
            expected.add(row);
        }

        Map<String, Object> parameters = Map.of("query", sample.query(), "context", (long) context, "context_unit",
                unit.name().toLowerCase(Locale.ROOT), "sort", sort.parameterValue(), "seed", seed, "page", (long) page,
                "page_size", (long) pageSize, "strategy", "standard");
        try (ResultTable table = kwic.run(sample.corpus(), sample.selection(), Parameters.of(parameters), Progress.NONE)) {
            assertEquals(expected, table.rows().toList());
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void hitsOfVaryingLengthsSortAsTheNaiveConcordance(@ForAll("samples") Sample sample, @ForAll KwicSort sort,
            @ForAll @IntRange(max = 3) int context, @ForAll long seed) {
        List<Hit> hits = NaiveConcordance.randomHits(sample.corpus(), sample.selection(), seed);
        List<List<Object>> lines = NaiveConcordance.lines(sample.corpus(), hits, context, ContextUnit.TOKENS);
        List<List<Object>> expected = new ArrayList<>();
        for (int hit : NaiveConcordance.order(sample.corpus(), hits, sort, seed)) {
            List<Object> row = new ArrayList<>(List.of((long) expected.size() + 1, (long) hits.size()));
            row.addAll(lines.get(hit));
            expected.add(row);
        }

        Concordance concordance = Concordance.of(sample.corpus(), NaiveConcordance.asHits(hits), sort, seed, context,
                ContextUnit.TOKENS, Progress.NONE);
        assertEquals(expected, concordance.page(1, Math.max(1, hits.size())).toList());
    }
}
