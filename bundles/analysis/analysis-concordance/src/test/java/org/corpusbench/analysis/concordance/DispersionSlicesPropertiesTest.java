package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import org.corpusbench.analysis.concordance.internal.DispersionSlicesAnalysis;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;

class DispersionSlicesPropertiesTest {
    private final DispersionSlicesAnalysis analysis = new DispersionSlicesAnalysis(TestQueries.service());

    @Provide
    Arbitrary<Sample> samples() {
        return RandomCorpora.samples();
    }

    /** Against a plot made by laying the selected tokens end to end and cutting them with real numbers. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void rowsEqualANaiveSlicing(@ForAll("samples") Sample sample, @ForAll @IntRange(min = 1, max = 12) int slices) {
        CorpusView corpus = sample.corpus();
        List<Integer> offsetOfPosition = new ArrayList<>();
        List<String> documentAtOffset = new ArrayList<>();
        for (int d = 0; d < corpus.documentCount(); d++) {
            for (int p = corpus.documentStart(d); p < corpus.documentStart(d + 1); p++) {
                offsetOfPosition.add(sample.selection().contains(d) ? documentAtOffset.size() : -1);
                if (sample.selection().contains(d)) {
                    documentAtOffset.add(corpus.document(d).id());
                }
            }
        }
        int total = documentAtOffset.size();
        List<List<Object>> expected = new ArrayList<>();
        for (int slice = 0; total > 0 && slice < slices; slice++) {
            double low = (double) slice * total / slices;
            double high = (double) (slice + 1) * total / slices;
            long from = (long) Math.ceil(low);
            long to = (long) Math.ceil(high);
            long count = 0;
            for (Hit hit : NaiveConcordance.hits(corpus, sample.selection(), sample.query())) {
                int offset = offsetOfPosition.get(hit.start());
                count += offset >= low && offset < high ? 1 : 0;
            }
            expected.add(List.of(slice + 1L, from, to, from < total ? documentAtOffset.get((int) from) : "", count,
                    to > from ? count * 1000.0 / (to - from) : 0.0));
        }

        Map<String, Object> parameters = Map.of("query", sample.query(), "strategy", "standard", "slices", (long) slices);
        try (ResultTable table = analysis.run(corpus, sample.selection(), Parameters.of(parameters), Progress.NONE)) {
            assertEquals(expected, table.rows().toList(), sample.toString());
        }
    }
}
