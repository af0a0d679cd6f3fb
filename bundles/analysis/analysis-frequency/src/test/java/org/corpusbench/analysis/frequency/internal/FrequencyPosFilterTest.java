package org.corpusbench.analysis.frequency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The pos parameter: only tokens whose tag matches are counted, in every figure. Hand-counted. */
class FrequencyPosFilterTest {
    // doc0: 经济/n 发展/v 经济/n 的/uj 发展/vn 。/x   doc1: 发展/v 很/d 快/a 经济/n
    private final TestCorpus corpus = TestCorpus.tagged("t", "经济/n 发展/v 经济/n 的/uj 发展/vn 。/x", "发展/v 很/d 快/a 经济/n");
    private final FrequencyAnalysis analysis = new FrequencyAnalysis();

    @Test
    void countsOnlyTokensWhoseTagMatchesTheWholePattern() {
        // n|v keeps 经济 x3 and 发展/v x2 (not 发展/vn): N = 5, both words in both documents
        assertEquals(List.of(List.of(1L, "经济", 3L, 3e6 / 5, 2L, 100.0), List.of(2L, "发展", 2L, 2e6 / 5, 2L, 100.0)), rows("n|v"));
        // v.* keeps the three 发展: N = 3
        assertEquals(List.of(List.of(1L, "发展", 3L, 1e6, 2L, 100.0)), rows("v.*"));
        // no filter: 9 words (的, 很, 快 once each), 发展 and 经济 three times each, 发展 first in code-point order
        assertEquals(List.of(1L, "发展", 3L, 3e6 / 9, 2L, 100.0), rows("").get(0));
    }

    @Test
    void aCorpusWithoutTagsAndABadPatternAreRefusedClearly() {
        CorpusException refused = assertThrows(CorpusException.class,
                () -> analysis.run(TestCorpus.of("plain", "经济 发展"), DocumentSelection.ALL, parameters("n"), Progress.NONE));
        assertTrue(refused.getMessage().contains("Corpus 'plain' has no part-of-speech tags"), refused.getMessage());
        CorpusException badPattern = assertThrows(CorpusException.class,
                () -> analysis.run(corpus, DocumentSelection.ALL, parameters("n("), Progress.NONE));
        assertTrue(badPattern.getMessage().startsWith("Parameter 'pos' is not a regular expression"), badPattern.getMessage());
    }

    private List<List<Object>> rows(String pos) {
        try (ResultTable table = analysis.run(corpus, DocumentSelection.ALL, parameters(pos), Progress.NONE)) {
            return table.rows().map(row -> row.subList(0, 6)).toList();
        }
    }

    private static Parameters parameters(String pos) {
        return Parameters.of(Map.of("min_count", 1L, "min_range", 1L, "token_types", "words", "stopwords", StopwordList.NONE,
                "pos", pos));
    }
}
