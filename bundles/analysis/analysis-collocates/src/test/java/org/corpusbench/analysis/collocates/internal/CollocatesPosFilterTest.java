package org.corpusbench.analysis.collocates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The pos parameter chooses the collocates by tag and leaves the node alone. Hand-counted. */
class CollocatesPosFilterTest {
    // doc0: 经济0/n 发展1/v 经济2/n 的3/uj 发展4/vn 。5/x   doc1: 发展6/v 很7/d 快8/a 经济9/n
    private final TestCorpus corpus = TestCorpus.tagged("t", "经济/n 发展/v 经济/n 的/uj 发展/vn 。/x", "发展/v 很/d 快/a 经济/n");
    /** The node 经济's hits, as the query engine finds them in the whole corpus. */
    private final CollocatesAnalysis analysis = new CollocatesAnalysis(new QueryService() {
        @Override
        public String check(String cql) {
            return cql;
        }

        @Override
        public Hits search(CorpusView view, DocumentSelection selection, String cql, MatchStrategy strategy, Progress progress) {
            return new Hits(new int[] {0, 2, 9}, new int[] {1, 3, 10});
        }
    });

    @Test
    void onlyTokensWithAMatchingTagAreCollocatesAndTakePlaceInTheWindows() {
        // pos=v keeps 发展1, 发展6 and the node's tokens: hit 0 | 发展1; hit 2: 发展1 | (doc1 is another document);
        // hit 9: 发展6 (很 and 快 take no place) |. So 发展 is seen 3 times, 2 tokens of it are counted, 3 hits.
        assertEquals(List.of(List.of("发展", 3L, 2L, 3L)), rows("v"));
        // without the filter: hit 0 | 发展1; hit 2: 发展1 | 的3; hit 9: 快8 |
        assertEquals(List.of(List.of("发展", 2L, 3L, 3L), List.of("快", 1L, 1L, 3L), List.of("的", 1L, 1L, 3L)), rows(""));
    }

    private List<List<Object>> rows(String pos) {
        Parameters parameters = Parameters.of(Map.ofEntries(Map.entry("query", "\"经济\""), Map.entry("strategy", "standard"),
                Map.entry("left", 1L), Map.entry("right", 1L), Map.entry("within_sentence", false), Map.entry("token_types", "words"),
                Map.entry("stopwords", StopwordList.NONE), Map.entry("min_collocate_count", 1L), Map.entry("min_pair_count", 1L),
                Map.entry("sort", "observed"), Map.entry("expected", "span"), Map.entry("pos", pos)));
        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, parameters, Progress.NONE)) {
            return table.rows().map(row -> row.subList(1, 5)).toList();
        }
    }
}
