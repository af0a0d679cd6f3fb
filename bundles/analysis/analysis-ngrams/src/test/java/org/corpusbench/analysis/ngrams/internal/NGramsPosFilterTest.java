package org.corpusbench.analysis.ngrams.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The pos parameter: every token of an n-gram has a matching tag; another token breaks n-grams. Hand-counted. */
class NGramsPosFilterTest {
    // doc0: 经济/n 发展/v 经济/n 的/uj 发展/vn 。/x   doc1: 发展/v 很/d 快/a 经济/n
    private final TestCorpus corpus = TestCorpus.tagged("t", "经济/n 发展/v 经济/n 的/uj 发展/vn 。/x", "发展/v 很/d 快/a 经济/n");

    @Test
    void bigramsOfMatchingTokensOnlyNeverAcrossALeftOutOne() {
        // n|v keeps 经济 发展 经济 | 发展 | 经济: two bigrams of 2 n-gram tokens; 发展 ... 经济 in doc1 is not one
        assertEquals(List.of(List.of(1L, "发展 经济", 1L, 1L, 1e6 / 2), List.of(2L, "经济 发展", 1L, 1L, 1e6 / 2)), rows("n|v"));
        // without the filter doc1's 发展 很 is a bigram
        assertTrue(rows("").stream().anyMatch(row -> row.get(1).equals("发展 很")));
    }

    private List<List<Object>> rows(String pos) {
        Parameters parameters = Parameters.of(Map.ofEntries(Map.entry("n", 2L), Map.entry("unit", "words"), Map.entry("min_count", 1L),
                Map.entry("min_range", 1L), Map.entry("query", ""), Map.entry("position", "any"), Map.entry("strategy", "standard"),
                Map.entry("stopwords", StopwordList.NONE), Map.entry("stopword_rule", "any"), Map.entry("token_types", "words"),
                Map.entry("pos", pos)));
        try (ResultTable table = new NGramsAnalysis().run(corpus, DocumentSelection.ALL,
                parameters, Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
