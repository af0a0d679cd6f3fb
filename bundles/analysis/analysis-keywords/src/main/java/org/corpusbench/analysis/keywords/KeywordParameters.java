package org.corpusbench.analysis.keywords;

import java.util.List;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.TagFilter;

/**
 * The {@code keywords} analysis's parameters with the workbench's defaults and limits: its DS component
 * declares them, and the Spark job binds its options with them, so both run with the same values.
 */
public final class KeywordParameters {
    /** The parameter's name. */
    public static final String REFERENCE = "reference";
    /** The parameter's name. */
    public static final String STOPWORDS = "stopwords";
    /** The parameter's name. */
    public static final String DIRECTION = "direction";
    /** The parameter's name. */
    public static final String MIN_TARGET_COUNT = "min_target_count";
    /** The parameter's name. */
    public static final String MIN_REFERENCE_COUNT = "min_reference_count";
    /** The parameter's name. */
    public static final String TEST = "significance_test";
    /** The parameter's name. */
    public static final String MAX_P = "max_p";
    /** The parameter's name. */
    public static final String MIN_LOG_RATIO = "min_log_ratio";
    /** The parameter's name. */
    public static final String SORT = "sort";
    /** The parameter's name. */
    public static final String SIMPLE_MATHS_K = "simple_maths_k";
    /** The tests whose p-value max_p may limit. */
    static final List<String> TESTS = List.of(Measure.LOG_LIKELIHOOD.column(),
            Measure.LOG_LIKELIHOOD_4TERM.column(), Measure.CHI_SQUARED.column(), Measure.CHI_SQUARED_YATES.column());

    /** Every parameter, in the order the analysis declares them. */
    public static final List<ParameterSpec> ALL = List.of(
            new ParameterSpec(REFERENCE, ParameterType.REFERENCE, "list:jieba",
                    "What the selection is compared with: list:<name> a reference list (list:jieba, jieba 0.42.1's "
                            + "dictionary), corpus:<name>[/<selection>], rest (the other documents), or a selection"),
            CountedTypes.parameter(),
            new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none",
                    "A stopword list whose words are counted but not listed"),
            new ParameterSpec(DIRECTION, ParameterType.STRING, Direction.POSITIVE.parameterValue(),
                    "positive: relatively more frequent in the selection; negative: less; both: every word")
                    .oneOf("positive", "negative", "both"),
            new ParameterSpec(MIN_TARGET_COUNT, ParameterType.INTEGER, "1",
                    "Leave out words seen fewer times in the selection; 0 also lists reference words the selection "
                            + "lacks (negative keywords)").between(0, null),
            new ParameterSpec(MIN_REFERENCE_COUNT, ParameterType.INTEGER, "0",
                    "Leave out words seen fewer times in the reference").between(0, null),
            new ParameterSpec(TEST, ParameterType.STRING, Measure.LOG_LIKELIHOOD_4TERM.column(),
                    "The test whose p-value max_p limits").oneOf(TESTS.toArray(String[]::new)),
            new ParameterSpec(MAX_P, ParameterType.DECIMAL, "1",
                    "Leave out words whose p-value in significance_test is above this (1: no limit)")
                    .between(1e-300, 1),
            new ParameterSpec(MIN_LOG_RATIO, ParameterType.DECIMAL, "0",
                    "Leave out words whose |log_ratio| is below this (effect size; 1 means twice as frequent)")
                    .between(0, null),
            new ParameterSpec(SORT, ParameterType.STRING, Measure.LOG_LIKELIHOOD_4TERM.column(),
                    "The measure rows are sorted by, highest first (with direction=negative, signed measures lowest first)")
                    .oneOf(Measure.columns()),
            new ParameterSpec(SIMPLE_MATHS_K, ParameterType.DECIMAL, "1",
                    "Kilgarriff's constant k added to both frequencies per million in simple_maths")
                    .between(1e-9, null),
            TagFilter.parameter());

    private KeywordParameters() {
    }
}
