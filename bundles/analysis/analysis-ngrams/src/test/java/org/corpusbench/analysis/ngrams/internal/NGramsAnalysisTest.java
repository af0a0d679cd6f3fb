package org.corpusbench.analysis.ngrams.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class NGramsAnalysisTest {
    private final TestCorpus corpus = TestCorpus.of("t", "经济 发展 很 快 。 经济 发展");
    private final NGramsAnalysis analysis = new NGramsAnalysis();

    @Test
    void declaresEveryParameterWithBoundsOrChoices() {
        Map<String, ParameterSpec> specs = new HashMap<>();
        analysis.parameters().forEach(spec -> specs.put(spec.name(), spec));

        assertEquals(2.0, specs.get("n").min());
        assertEquals(6.0, specs.get("n").max());
        assertEquals(List.of("words", "characters"), specs.get("unit").choices());
        assertEquals(List.of("words", "all"), specs.get("token_types").choices());
        assertEquals(1.0, specs.get("min_range").min());
        assertEquals("", specs.get("query").defaultValue());
    }

    @Test
    void runsWithoutAQueryAndRefusesAQueryWithoutAnEngine() {
        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, parameters(""), Progress.NONE)) {
            assertEquals(List.of(1L, "经济 发展", 2L, 1L, 2e6 / 4), table.rows().findFirst().orElseThrow());
        }
        CorpusException refused = assertThrows(CorpusException.class,
                () -> analysis.run(corpus, DocumentSelection.ALL, parameters("\"很\""), Progress.NONE));
        assertTrue(refused.getMessage().contains("no query engine"), refused.getMessage());
    }

    @Test
    void passesTheQueryAndItsStrategyToTheEngine() throws ReflectiveOperationException {
        QueryService engine = new QueryService() {
            @Override
            public String check(String cql) {
                return cql;
            }

            @Override
            public Hits search(CorpusView view, DocumentSelection selection, String cql, MatchStrategy strategy,
                    Progress progress) {
                assertEquals("\"很\"", cql);
                assertEquals(MatchStrategy.LONGEST, strategy);
                return new Hits(new int[] {2}, new int[] {3});
            }
        };
        var field = NGramsAnalysis.class.getDeclaredField("queryService");
        field.setAccessible(true);
        field.set(analysis, engine);
        Map<String, Object> values = new HashMap<>(parameters("\"很\"").asMap());
        values.put("strategy", "longest");
        values.put("position", "left");

        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, Parameters.of(values), Progress.NONE)) {
            assertEquals(List.of(List.of(1L, "很 快", 1L, 1L, 1e6 / 4)), table.rows().toList());
        }
    }

    private static Parameters parameters(String query) {
        return Parameters.of(Map.of("n", 2L, "unit", "words", "min_count", 1L, "min_range", 1L, "query", query,
                "position", "any", "strategy", "standard", "stopwords", StopwordList.NONE, "stopword_rule", "any",
                "token_types", "words"));
    }
}
