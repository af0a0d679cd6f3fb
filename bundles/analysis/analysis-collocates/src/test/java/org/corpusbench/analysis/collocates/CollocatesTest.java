package org.corpusbench.analysis.collocates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The window rules on a corpus small enough to count by hand. */
class CollocatesTest {
    /**
     * Positions: doc0 = 0 x, 1 y, 2 n, 3 z, 4 ，, 5 n, 6 w, 7 。, 8 v, 9 n; doc1 = 10 n, 11 u. The
     * node n has 4 hits; 10 word tokens (the two punctuation marks are not counted).
     */
    private static final TestCorpus CORPUS = TestCorpus.of("hand", "x y n z ， n w 。 v n", "n u");

    @Test
    void countsCountedTokensAroundEachHitOncePerCoveringWindow() {
        // hit 2: x y | z n(5); hit 5: z n(2) | w v (， and 。 take no place); hit 9: v w | (document end); hit 10: | u
        List<List<Object>> rows = rows(DocumentSelection.ALL, false, StopwordList.NONE);
        assertEquals(List.of("n 2 1 1 4", "v 2 1 1 1", "w 2 1 1 1", "z 2 1 1 1", "u 1 0 1 1", "x 1 1 0 1", "y 1 1 0 1"),
                rows.stream().map(CollocatesTest::counts).toList());
        List<Object> z = rows.get(3);
        assertEquals(4L, z.get(4)); // node frequency: hits
        assertEquals(4 * 1 / 10.0, (double) z.get(5), 1e-15); // expected = f_node f_collocate / N
        // expected_span: the windows hold 4 + 4 + 2 + 1 = 11 counted tokens (hit 9's right window and hit 10's left
        // one are cut off by the document's edges), not the nominal 4 hits * (2 + 2) = 16
        assertEquals(11 * 1 / 10.0, (double) z.get(6), 1e-15);
        assertEquals(Math.log(2 / 1.1) / Math.log(2), (double) z.get(7), 1e-15); // MI on the window table
        // z is one token in two windows: O11 = 2 > C1 = 1, so O21 < 0 and LL is undefined
        assertTrue(Double.isNaN((double) z.get(11)));
    }

    @Test
    void stopsAtTheSentenceWhenAsked() {
        // hit 5's right window ends at 。; hit 9's left window starts after it
        assertEquals(List.of("n 2 1 1 4", "z 2 1 1 1", "u 1 0 1 1", "v 1 1 0 1", "w 1 0 1 1", "x 1 1 0 1", "y 1 1 0 1"),
                rows(DocumentSelection.ALL, true, StopwordList.NONE).stream().map(CollocatesTest::counts).toList());
    }

    @Test
    void countsFrequenciesAndTheSampleInTheSelection() {
        List<List<Object>> rows = rows(new DocumentSelection("0", d -> d == 0), false, new StopwordList("s", Set.of("v", "x")));
        assertEquals(List.of("n 2 1 1 3", "w 2 1 1 1", "z 2 1 1 1", "y 1 1 0 1"),
                rows.stream().map(CollocatesTest::counts).toList());
        // 3 hits, 8 word tokens in doc0: expected of w = 3 * 1 / 8; the windows hold 4 + 4 + 2 = 10 tokens
        assertEquals(3 / 8.0, (double) rows.get(1).get(5), 1e-15);
        assertEquals(10 / 8.0, (double) rows.get(1).get(6), 1e-15);
    }

    private static List<List<Object>> rows(DocumentSelection selection, boolean withinSentence, StopwordList stopwords) {
        CollocateOptions options = new CollocateOptions(2, 2, withinSentence, CountedTypes.WORDS, stopwords, 1, 1, "observed",
                ExpectedFrequency.SPAN);
        var hits = new CqlQueryService().search(CORPUS, selection, "\"n\"", MatchStrategy.STANDARD, Progress.NONE);
        try (ResultTable table = Collocates.compute(CORPUS, selection, hits, options, Progress.NONE)) {
            return table.rows().toList();
        }
    }

    /** "word observed left right collocate_frequency" */
    private static String counts(List<Object> row) {
        int columns = row.size();
        return row.get(1) + " " + row.get(2) + " " + row.get(columns - 2) + " " + row.get(columns - 1) + " " + row.get(3);
    }
}
