package org.corpusbench.analysis.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class ProfileAnalysisTest {
    private final ProfileAnalysis analysis = new ProfileAnalysis();

    @Test
    void declaresLevelAndChunkWithTheirLimits() {
        ParameterSpec level = analysis.parameters().get(0);
        ParameterSpec chunk = analysis.parameters().get(1);

        assertEquals(List.of("documents", "corpus", "both"), level.choices());
        assertEquals("both", level.defaultValue());
        assertEquals(List.of(100.0, 100_000.0, "1000"), List.of(chunk.min(), chunk.max(), chunk.defaultValue()));
    }

    @Test
    void returnsTheSelectionsRowAsCells() {
        TestCorpus corpus = TestCorpus.of("t", "经济 发展 。 经济");

        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL,
                Parameters.of(Map.of("level", "corpus", "chunk", 100L)), Progress.NONE)) {
            assertEquals(List.of(List.of("all", 4L, 3L, 2L, 2.0 / 3, Double.NaN, 1L, 1L, 2.0, 2L, 1.5)), table.rows().toList());
        }
    }
}
