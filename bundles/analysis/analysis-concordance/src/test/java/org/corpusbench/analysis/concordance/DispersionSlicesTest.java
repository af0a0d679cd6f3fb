package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class DispersionSlicesTest {
    // doc0 has 4 tokens (0-3), doc1 3 (4-6), doc2 8 (7-14): 15 tokens
    private final TestCorpus corpus = TestCorpus.of("t", "经济 a 经济 b", "c d e", "f g h 经济 i j k 经济");
    private final Hits hits = new Hits(new int[] {0, 2, 10, 14}, new int[] {1, 3, 11, 15});

    @Test
    void threeSlicesOfFiveTokensCountTheHitsStartingInThem() {
        List<List<Object>> rows = DispersionSlices.of(corpus, DocumentSelection.ALL, hits, 3, Progress.NONE).rows().toList();

        assertEquals(List.of(List.of(1L, 0L, 5L, "doc0", 2L, 400.0), List.of(2L, 5L, 10L, "doc1", 0L, 0.0),
                List.of(3L, 10L, 15L, "doc2", 2L, 400.0)), rows);
    }

    @Test
    void slicesFollowTheSelectionNotTheCorpus() {
        DocumentSelection outer = new DocumentSelection("0,2", d -> d != 1);

        // 12 selected tokens: doc0 at offsets 0-3, doc2 at 4-11; hit 10 is offset 7, hit 14 offset 11
        List<List<Object>> rows = DispersionSlices.of(corpus, outer, hits, 2, Progress.NONE).rows().toList();

        assertEquals(List.of(List.of(1L, 0L, 6L, "doc0", 2L, 2000.0 / 6), List.of(2L, 6L, 12L, "doc2", 2L, 2000.0 / 6)), rows);
    }

    @Test
    void moreSlicesThanTokensLeavesSomeEmpty() {
        TestCorpus tiny = TestCorpus.of("t", "经济 a");
        Hits both = new Hits(new int[] {0, 1}, new int[] {1, 2});

        List<List<Object>> rows = DispersionSlices.of(tiny, DocumentSelection.ALL, both, 3, Progress.NONE).rows().toList();

        // 2 tokens in 3 slices: [0, 1), [1, 2) and [2, 2), which starts past the last token
        assertEquals(List.of(List.of(1L, 0L, 1L, "doc0", 1L, 1000.0), List.of(2L, 1L, 2L, "doc0", 1L, 1000.0),
                List.of(3L, 2L, 2L, "", 0L, 0.0)), rows);
    }

    @Test
    void anEmptySelectionHasNoSlices() {
        DocumentSelection none = new DocumentSelection("none", d -> false);

        assertEquals(List.of(), DispersionSlices.of(corpus, none, Hits.NONE, 5, Progress.NONE).rows().toList());
    }

    @Test
    void noSlicesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DispersionSlices.of(corpus, DocumentSelection.ALL, hits, 0, Progress.NONE));
    }
}
