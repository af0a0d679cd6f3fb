package org.corpusbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbench.analysis.keywords.Direction;
import org.corpusbench.analysis.keywords.KeywordList;
import org.corpusbench.analysis.keywords.Measure;
import org.corpusbench.analysis.selection.SelectionExpression;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark's keywords against the workbench's {@link KeywordList} on the same documents, row for row. */
class SparkKeywordsTest extends LocalSparkTest {
    private static WorkbenchSide same;

    @BeforeAll
    static void generate() {
        same = WorkbenchSide.generated(spark, 90, 2_000, 13);
    }

    @Test
    void sameRowsAsTheWorkbenchList() {
        SparkKeywords.Options defaults = new SparkKeywords.Options("page=1", "rest", CountedTypes.WORDS, 1, 0,
                Direction.POSITIVE, Measure.LOG_LIKELIHOOD_4TERM, 1, 0, Measure.LOG_LIKELIHOOD_4TERM, 1);
        assertSame(defaults, 100);
        assertSame(new SparkKeywords.Options("page=2 & id!=d1", "page>=3", CountedTypes.ALL, 0, 0, Direction.BOTH,
                Measure.CHI_SQUARED, 0.05, 0.5, Measure.LOG_RATIO, 100), 20);
        assertSame(new SparkKeywords.Options("0-20", "rest", CountedTypes.CHINESE, 0, 1, Direction.NEGATIVE,
                Measure.LOG_LIKELIHOOD, 1, 0, Measure.PERCENT_DIFF, 1), 100);
    }

    @Test
    void anEmptyTargetIsNamed() {
        SparkKeywords.Options nothing = new SparkKeywords.Options("page=9", "rest", CountedTypes.WORDS, 1, 0,
                Direction.POSITIVE, Measure.LOG_LIKELIHOOD_4TERM, 1, 0, Measure.LOG_LIKELIHOOD_4TERM, 1);
        CorpusException e = assertThrows(CorpusException.class, () -> SparkKeywords.compute(same.rows(), nothing));
        assertTrue(e.getMessage().contains("page=9"), e.getMessage());
    }

    private static void assertSame(SparkKeywords.Options options, int leastRows) {
        KeywordList list = options.list();
        DocumentSelection target = selection(options.target());
        Reference reference = SparkKeywords.REST.equals(options.reference()) ? new Reference.RestOfCorpus("rest")
                : new Reference.CorpusPart(options.reference(), same.corpus(), selection(options.reference()));
        List<List<Object>> expected = list.compute(same.corpus(), target, reference, Progress.NONE).rows()
                .collect(Collectors.toList());
        List<List<Object>> actual = SparkKeywords.compute(same.rows(), options).rows().collect();
        assertTrue(expected.size() > leastRows, "a list long enough to mean something: " + expected.size() + " " + options);
        assertEquals(expected, actual, options.toString());
    }

    private static DocumentSelection selection(String expression) {
        BitSet selected = SelectionExpression.parse(expression).evaluate(same.corpus(), Map.of());
        return new DocumentSelection(expression, selected::get);
    }
}
