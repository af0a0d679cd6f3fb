package org.corpusbench.analysis.segmentdiff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class SegmentDiffAnalysisTest {
    private final TestCorpus corpus = TestCorpus.of("t", "并为 一体", "更多", "并为 之年");
    private final SegmentDiffAnalysis analysis = new SegmentDiffAnalysis(new FakeSegmenters());

    @Test
    void declaresBothSegmentersExamplesAndMinimumCountWithDefaults() {
        List<ParameterSpec> specs = analysis.parameters();
        assertEquals(List.of("segmenter_a", "segmenter_b", "examples", "min_count"), specs.stream().map(ParameterSpec::name).toList());
        assertEquals(List.of("jieba", "jieba-analysis", "3", "1"), specs.stream().map(ParameterSpec::defaultValue).toList());
        assertEquals(1.0, specs.get(3).min());
    }

    @Test
    void comparesTheSelectedDocumentsCleanedTexts() {
        List<List<Object>> rows = rows(analysis.run(corpus, DocumentSelection.ALL, parameters("chars", "pairs", 1, 1), Progress.NONE));
        assertEquals(List.of("并为", "并 为", "并为", 2L, 2L, "doc0: [并为]一体"), rows.get(0));
        assertEquals(4, rows.size()); // 并为 twice, then 一体, 之年, 更多 once each

        DocumentSelection secondAndThird = new DocumentSelection("1-2", index -> index > 0);
        List<List<Object>> selected = rows(analysis.run(corpus, secondAndThird, parameters("chars", "pairs", 0, 1), Progress.NONE));
        assertEquals(List.of("之年", "并为", "更多"), selected.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of(), rows(analysis.run(corpus, DocumentSelection.ALL, parameters("chars", "chars", 3, 1), Progress.NONE)));
        assertEquals(1, rows(analysis.run(corpus, DocumentSelection.ALL, parameters("chars", "pairs", 3, 2), Progress.NONE)).size());
    }

    @Test
    void aMissingSegmenterIsNamedWithThoseInstalled() {
        CorpusException missing = assertThrows(CorpusException.class,
                () -> analysis.run(corpus, DocumentSelection.ALL, parameters("chars", "jieba-analysis", 3, 1), Progress.NONE));
        assertEquals("Segmenter 'jieba-analysis' is not installed; installed are: chars, pairs", missing.getMessage());
    }

    @Test
    void reportsEachDocumentAndStopsWhenCancelled() {
        List<Long> reported = new ArrayList<>();
        Progress watched = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return reported.size() >= 2;
            }
        };
        assertThrows(CancellationException.class,
                () -> analysis.run(corpus, DocumentSelection.ALL, parameters("chars", "pairs", 3, 1), watched));
        assertEquals(List.of(1L, 2L), reported);
    }

    @Test
    void theServiceGivesTheSameTableForAText() {
        SegmentDiffService service = new SegmentDiffService(new FakeSegmenters());
        List<List<Object>> rows = rows(service.compare("并为一体并为", "chars", "pairs", 1, 1));
        assertEquals(List.of("并为", "并 为", "并为", 2L, 1L, "text: [并为]一体并为"), rows.get(0));
        assertEquals(2, rows.size());
        assertEquals(1, rows(service.compare("并为一体并为", "chars", "pairs", 1, 2)).size());
        assertTrue(assertThrows(CorpusException.class, () -> service.compare("x", "chars", "pairs", -1, 1))
                .getMessage().contains("examples"));
        assertTrue(assertThrows(CorpusException.class, () -> service.compare("x", "chars", "pairs", 1, 0))
                .getMessage().contains("minimum count"));
        assertTrue(assertThrows(CorpusException.class, () -> service.compare("x", "nope", "pairs", 1, 1))
                .getMessage().contains("'nope'"));
    }

    private static Parameters parameters(String a, String b, long examples, long minCount) {
        return Parameters.of(Map.of("segmenter_a", a, "segmenter_b", b, "examples", examples, "min_count", minCount));
    }

    private static List<List<Object>> rows(ResultTable table) {
        try (table) {
            return table.rows().toList();
        }
    }
}
