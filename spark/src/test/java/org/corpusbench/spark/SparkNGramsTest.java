package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.analysis.ngrams.NGramCounter;
import org.corpusbench.analysis.ngrams.NGramOptions;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.StopwordList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark's n-grams against the workbench's {@link NGramCounter} on the same documents, row for row. */
class SparkNGramsTest extends LocalSparkTest {
    private static WorkbenchSide same;

    @BeforeAll
    static void generate() {
        same = WorkbenchSide.generated(spark, 80, 2_000, 11);
    }

    @Test
    void sameRowsAsTheWorkbenchCounter() {
        for (NGramOptions.Unit unit : NGramOptions.Unit.values()) {
            for (NGramOptions.Tokens tokens : NGramOptions.Tokens.values()) {
                assertSame(new SparkNGrams.Options(2, unit, tokens, 1, 1), 1000);
                assertSame(new SparkNGrams.Options(3, unit, tokens, 2, 2), 50);
            }
        }
    }

    private static void assertSame(SparkNGrams.Options options, int leastRows) {
        NGramOptions workbench = new NGramOptions(options.n(), options.unit(), options.tokens(), options.minCount(),
                options.minRange(), StopwordList.NONE, NGramOptions.StopwordRule.ANY, NGramOptions.HitPosition.ANY);
        List<List<Object>> expected = new NGramCounter(64L << 20).count(same.corpus(), DocumentSelection.ALL, workbench, null,
                Progress.NONE).rows().collect(Collectors.toList());
        List<List<Object>> actual = SparkNGrams.compute(same.rows(), options).rows().collect();
        assertTrue(expected.size() > leastRows, "a list long enough to mean something: " + expected.size() + " " + options);
        assertEquals(expected, actual, options.toString());
    }
}
