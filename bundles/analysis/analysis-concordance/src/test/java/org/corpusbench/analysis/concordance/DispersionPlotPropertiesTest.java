package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.corpusbench.analysis.concordance.NaiveConcordance.Hit;
import org.corpusbench.analysis.concordance.RandomCorpora.Sample;
import org.corpusbench.analysis.concordance.internal.DispersionPlotAnalysis;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;

class DispersionPlotPropertiesTest {
    private final DispersionPlotAnalysis analysis = new DispersionPlotAnalysis(TestQueries.service());

    @Provide
    Arbitrary<Sample> samples() {
        return RandomCorpora.samples();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void rowsEqualANaivePlot(@ForAll("samples") Sample sample) {
        CorpusView corpus = sample.corpus();
        Map<Integer, List<String>> positions = new LinkedHashMap<>();
        for (Hit hit : NaiveConcordance.hits(corpus, sample.selection(), sample.query())) {
            int from = corpus.documentStart(hit.document());
            int tokens = corpus.documentStart(hit.document() + 1) - from;
            positions.computeIfAbsent(hit.document(), d -> new ArrayList<>()).add(BigDecimal.valueOf(hit.start() - from)
                    .divide(BigDecimal.valueOf(tokens), 6, RoundingMode.HALF_UP).toPlainString());
        }
        List<List<Object>> expected = new ArrayList<>();
        positions.forEach((document, fractions) -> {
            long tokens = corpus.documentStart(document + 1) - corpus.documentStart(document);
            expected.add(List.of(corpus.document(document).id(), tokens, (long) fractions.size(),
                    fractions.size() * 1000.0 / tokens, String.join(" ", fractions)));
        });

        Map<String, Object> parameters = Map.of("query", sample.query(), "strategy", "standard");
        try (ResultTable table = analysis.run(corpus, sample.selection(), Parameters.of(parameters), Progress.NONE)) {
            assertEquals(expected, table.rows().toList());
        }
    }

    @Property(tries = 1000)
    void fractionsRoundHalfUpToSixDecimals(@ForAll @IntRange(min = 1, max = 200_000_000) int tokens,
            @ForAll @IntRange(min = 0, max = 199_999_999) int offset) {
        int inside = offset % tokens;
        String naive = BigDecimal.valueOf(inside).divide(BigDecimal.valueOf(tokens), 6, RoundingMode.HALF_UP).toPlainString();

        assertEquals(naive, DispersionPlot.fraction(inside, tokens));
    }
}
