package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.analysis.concordance.internal.QueryFrequencyAnalysis;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class QueryFrequencyTest {
    private final TestCorpus corpus = TestCorpus.withMetadata("t", documents());

    private static Map<String, Map<String, String>> documents() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("经济 发展 经济 增长 经济 发展", Map.of("reporter", "赵宗锋"));
        documents.put("经济 发展 。", Map.of("reporter", "李"));
        documents.put("经济 增长", Map.of());
        return documents;
    }

    @Test
    void formsAreCountedWithTheirShareOfAllHits() {
        // 经济 发展 x3, 经济 增长 x2 (hits at 0, 2, 4, 6, 9)
        Hits hits = new Hits(new int[] {0, 2, 4, 6, 9}, new int[] {2, 4, 6, 8, 11});

        List<List<Object>> rows = QueryFrequency.byForm(corpus, hits, Progress.NONE).rows().toList();

        assertEquals(List.of(List.of(1L, "经济 发展", 3L, 60.0), List.of(2L, "经济 增长", 2L, 40.0)), rows);
    }

    @Test
    void singleTokenFormsTieInCodePointOrder() {
        // one hit on 增长 (U+589E), one on 。 (U+3002): equal counts, so 。 comes first
        Hits hits = new Hits(new int[] {3, 8}, new int[] {4, 9});

        assertEquals(List.of(List.of(1L, "。", 1L, 50.0), List.of(2L, "增长", 1L, 50.0)),
                QueryFrequency.byForm(corpus, hits, Progress.NONE).rows().toList());
    }

    @Test
    void metadataGroupsCountHitsAndDocumentsAndDocumentsWithoutTheKeyGroupUnderTheEmptyValue() {
        Hits hits = new Hits(new int[] {0, 2, 4, 6, 9}, new int[] {1, 3, 5, 7, 10});

        List<List<Object>> rows = QueryFrequency.byMetadata(corpus, hits, "reporter", Progress.NONE).rows().toList();

        assertEquals(List.of(List.of(1L, "赵宗锋", 3L, 60.0, 1L), List.of(2L, "", 1L, 20.0, 1L), List.of(3L, "李", 1L, 20.0, 1L)),
                rows);
    }

    @Test
    void theKeyGoesWithMetadataGroupsOnly() {
        QueryFrequencyAnalysis analysis = new QueryFrequencyAnalysis(TestQueries.service());
        Map<String, Object> missingKey = Map.of("query", "\"经济\"", "group", "metadata", "key", " ", "strategy", "standard");
        Map<String, Object> strayKey = Map.of("query", "\"经济\"", "group", "form", "key", "date", "strategy", "standard");

        assertThrows(CorpusException.class, () -> analysis.run(corpus, DocumentSelection.ALL, Parameters.of(missingKey), Progress.NONE));
        assertThrows(CorpusException.class, () -> analysis.run(corpus, DocumentSelection.ALL, Parameters.of(strayKey), Progress.NONE));
        Map<String, Object> byReporter = Map.of("query", "\"经济\"", "group", "metadata", "key", "reporter", "strategy", "standard");
        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, Parameters.of(byReporter), Progress.NONE)) {
            assertEquals(List.of("赵宗锋", "", "李"), table.rows().map(row -> row.get(1)).toList());
        }
    }
}
