package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.IntBuffer;
import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.analysis.collocates.Collocates;
import org.corpusbench.analysis.collocates.ExpectedFrequency;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.query.Hits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark's collocates against the workbench's {@link Collocates} on the same documents, row for row. */
class SparkCollocatesTest extends LocalSparkTest {
    private static WorkbenchSide same;

    @BeforeAll
    static void generate() {
        same = WorkbenchSide.generated(spark, 90, 2_000, 17);
    }

    @Test
    void sameRowsAsTheWorkbenchList() {
        assertSame(new SparkCollocates.Options("发展", 5, 5, false, CountedTypes.WORDS, 5, 5, "log_likelihood",
                ExpectedFrequency.SPAN), 10);
        assertSame(new SparkCollocates.Options("的", 3, 2, true, CountedTypes.ALL, 1, 1, "mi", ExpectedFrequency.TABLE), 300);
        assertSame(new SparkCollocates.Options("聊城", 4, 0, false, CountedTypes.CHINESE, 0, 1, "observed",
                ExpectedFrequency.SPAN), 30);
    }

    private static void assertSame(SparkCollocates.Options options, int leastRows) {
        int type = same.corpus().lexicon().id(options.node());
        IntBuffer positions = same.corpus().positions(type);
        int[] starts = new int[positions.remaining()];
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = positions.get(positions.position() + i);
            ends[i] = starts[i] + 1;
        }
        List<List<Object>> expected = Collocates.compute(same.corpus(), DocumentSelection.ALL, new Hits(starts, ends),
                options.workbench(), Progress.NONE).rows().collect(Collectors.toList());
        List<List<Object>> actual = SparkCollocates.compute(same.rows(), options).rows().collect();
        assertTrue(expected.size() > leastRows, "a list long enough to mean something: " + expected.size() + " " + options);
        assertEquals(expected, actual, options.toString());
    }
}
