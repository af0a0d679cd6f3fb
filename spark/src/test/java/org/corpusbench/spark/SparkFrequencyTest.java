package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark frequency list against the workbench's {@link FrequencyList} on the same documents, row
 * for row and double for double, for every choice of counted tokens and with minimums.
 */
class SparkFrequencyTest extends LocalSparkTest {
    private static WorkbenchSide same;

    @BeforeAll
    static void generate() {
        same = WorkbenchSide.generated(spark, 120, 2_000, 7);
    }

    @Test
    void sameRowsAsTheWorkbenchList() {
        for (CountedTypes types : CountedTypes.values()) {
            assertSame(types, 1, 1, 1000);
        }
        assertSame(CountedTypes.WORDS, 3, 5, 100);
    }

    private static void assertSame(CountedTypes types, long minCount, long minRange, int leastRows) {
        List<List<Object>> expected = new FrequencyList(types, StopwordList.NONE, minCount, minRange)
                .compute(same.corpus(), DocumentSelection.ALL, Progress.NONE).rows().collect(Collectors.toList());
        List<List<Object>> actual = SparkFrequency.compute(WorkbenchSide.context(spark), same.rows(),
                new SparkFrequency.Options(types, minCount, minRange)).rows().collect();
        assertTrue(expected.size() > leastRows, "a list long enough to mean something: " + expected.size());
        assertEquals(expected, actual, "token types " + types + ", min_count " + minCount + ", min_range " + minRange);
    }
}
