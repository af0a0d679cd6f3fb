package org.corpusbench.analysis.keywords.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The pos parameter filters target and corpus reference alike. Hand-counted. */
class KeywordsPosFilterTest {
    // doc0: 经济/n 发展/v 经济/n 的/uj 发展/vn 。/x   doc1: 发展/v 很/d 快/a 经济/n
    private final TestCorpus corpus = TestCorpus.tagged("t", "经济/n 发展/v 经济/n 的/uj 发展/vn 。/x", "发展/v 很/d 快/a 经济/n");
    private final DocumentSelection first = new DocumentSelection("0", document -> document == 0);
    private final KeywordsAnalysis analysis = new KeywordsAnalysis();

    @Test
    void countsOnlyMatchingTokensInTargetAndReference() {
        // n|v: target doc0 keeps 经济 发展 经济 (c = 3), the rest doc1 发展 经济 (d = 2): 经济 2/3 > 1/2 is the positive keyword
        List<List<Object>> rows;
        try (ResultTable table = analysis.run(corpus, first, parameters(Map.of("pos", "n|v")), Progress.NONE)) {
            rows = table.rows().map(row -> row.subList(0, 6)).toList();
        }
        assertEquals(List.of(List.of(1L, "经济", 2L, 2e6 / 3, 1L, 1e6 / 2)), rows);
    }

    @Test
    void aReferenceListHasNoTagsToFilterBy() {
        ReferenceList list = new ReferenceList() {
            @Override
            public String name() {
                return "small";
            }

            @Override
            public String description() {
                return "a list";
            }

            @Override
            public long tokens() {
                return 10;
            }

            @Override
            public long count(String word) {
                return 1;
            }

            @Override
            public void forEach(java.util.function.ObjLongConsumer<String> action) {
                action.accept("经济", 1);
            }
        };
        CorpusException refused = assertThrows(CorpusException.class, () -> analysis.run(corpus, first,
                parameters(Map.of("pos", "n", "reference", new Reference.WordList("list:small", list))), Progress.NONE));
        assertTrue(refused.getMessage().contains("'list:small' has no part-of-speech tags"), refused.getMessage());
    }

    private Parameters parameters(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        for (ParameterSpec spec : analysis.parameters()) {
            switch (spec.type()) {
                case INTEGER -> values.put(spec.name(), Long.parseLong(spec.defaultValue()));
                case DECIMAL -> values.put(spec.name(), Double.parseDouble(spec.defaultValue()));
                case STOPWORDS -> values.put(spec.name(), StopwordList.NONE);
                case REFERENCE -> values.put(spec.name(), new Reference.RestOfCorpus("rest"));
                default -> values.put(spec.name(), spec.defaultValue());
            }
        }
        values.putAll(overrides);
        return Parameters.of(values);
    }
}
