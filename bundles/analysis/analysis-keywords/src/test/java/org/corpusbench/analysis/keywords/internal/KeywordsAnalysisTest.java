package org.corpusbench.analysis.keywords.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class KeywordsAnalysisTest {
    private final KeywordsAnalysis analysis = new KeywordsAnalysis();

    private Parameters defaults(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        for (ParameterSpec spec : analysis.parameters()) {
            switch (spec.type()) {
                case INTEGER -> values.put(spec.name(), Long.parseLong(spec.defaultValue()));
                case DECIMAL -> values.put(spec.name(), Double.parseDouble(spec.defaultValue()));
                case STOPWORDS -> values.put(spec.name(), StopwordList.NONE);
                case REFERENCE -> values.put(spec.name(), new Reference.RestOfCorpus("rest"));
                default -> values.put(spec.name(), spec.defaultValue());
            }
            assertTrue(spec.choices().isEmpty() || spec.choices().contains(spec.defaultValue()), spec.name());
        }
        values.putAll(overrides);
        return Parameters.of(values);
    }

    /**
     * Target doc0: 经济 经济 发展 。 (c = 3 words); reference (rest) doc1: 发展 发展 人民 。 (d = 3):
     * 经济 a = 2, b = 0 leads by 4-term G2; 发展 (1 vs 2) and 人民 (0 vs 1) are negative.
     */
    @Test
    void listsPositiveKeywordsOfTheSelectionAgainstTheRestByDefault() {
        TestCorpus corpus = TestCorpus.of("news", "经济 经济 发展 。", "发展 发展 人民 。");
        DocumentSelection first = new DocumentSelection("0", document -> document == 0);

        List<List<Object>> rows;
        try (ResultTable table = analysis.run(corpus, first, defaults(Map.of()), Progress.NONE)) {
            assertEquals("rank", table.columns().get(0).name());
            assertEquals(19, table.columns().size());
            rows = table.rows().toList();
        }

        assertEquals(1, rows.size());
        List<Object> row = rows.get(0);
        assertEquals(List.of(1L, "经济", 2L, 2e6 / 3, 0L, 0.0), row.subList(0, 6));
        // cells 2, 0, 1, 3 against E = 1, 1, 2, 2: G2 = 2 (2 ln 2 + 1 ln 1/2 + 3 ln 3/2)
        assertEquals(2 * (Math.log(2) + 3 * Math.log(1.5)), (Double) row.get(7), 1e-12);
        assertEquals(Math.log(2 / 0.5) / Math.log(2), (Double) row.get(10), 1e-12, "Log Ratio with 0.5 for the zero");
    }

    /** A list reference; its word 外来 the corpus lacks is a negative keyword with min_target_count 0; "，" is not a word. */
    @Test
    void negativeKeywordsOfAListIncludeWordsTheCorpusLacks() {
        TestCorpus corpus = TestCorpus.of("news", "经济 经济 发展 。");
        ReferenceList list = new ReferenceList() {
            private final Map<String, Long> counts = Map.of("经济", 1L, "外来", 5L, "，", 50L);

            @Override
            public String name() {
                return "small";
            }

            @Override
            public String description() {
                return "small";
            }

            @Override
            public long tokens() {
                return 100;
            }

            @Override
            public long count(String word) {
                return counts.getOrDefault(word, 0L);
            }

            @Override
            public void forEach(ObjLongConsumer<String> action) {
                counts.forEach(action::accept);
            }
        };
        Parameters parameters = defaults(Map.of("reference", new Reference.WordList("list:small", list), "direction", "negative",
                "min_target_count", 0L, "sort", "log_ratio", CountedTypes.PARAMETER, "words"));

        List<List<Object>> rows;
        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, parameters, Progress.NONE)) {
            rows = table.rows().toList();
        }

        assertEquals(1, rows.size(), "经济 and 发展 are positive; ， is punctuation");
        assertEquals(List.of(1L, "外来", 0L, 0.0, 5L, 5e4), rows.get(0).subList(0, 6));
        assertEquals(Math.log((0.5 / 3) / (5 / 100.0)) / Math.log(2), (Double) rows.get(0).get(10), 1e-12);
    }
}
