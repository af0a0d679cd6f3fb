package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class DispersionPlotTest {
    // doc0 has 4 tokens, doc1 3 (no hits), doc2 8
    private final TestCorpus corpus = TestCorpus.of("t", "经济 a 经济 b", "c d e", "f g h 经济 i j k 经济");

    @Test
    void eachDocumentWithHitsHasItsSizeHitsRateAndRelativeStarts() {
        Hits hits = new Hits(new int[] {0, 2, 10, 14}, new int[] {1, 3, 11, 15});

        List<List<Object>> rows = DispersionPlot.of(corpus, hits).rows().toList();

        assertEquals(List.of(List.of("doc0", 4L, 2L, 500.0, "0.000000 0.500000"),
                List.of("doc2", 8L, 2L, 250.0, "0.375000 0.875000")), rows);
    }

    @Test
    void fractionsRoundHalfUp() {
        assertEquals("0.333333", DispersionPlot.fraction(1, 3));
        assertEquals("0.666667", DispersionPlot.fraction(2, 3));
        assertEquals("0.000001", DispersionPlot.fraction(1, 2_000_000), "exactly half a millionth rounds up");
        assertEquals("1.000000", DispersionPlot.fraction(1_999_999, 2_000_000));
    }

    @Test
    void noHitsNoRows() {
        assertEquals(List.of(), DispersionPlot.of(corpus, Hits.NONE).rows().toList());
    }
}
