package org.corpusbench.analysis.collocates;

import java.util.List;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.TagFilter;
import org.corpusbench.api.query.MatchStrategy;

/**
 * The {@code collocates} analysis's parameters with the workbench's defaults and limits: its DS component
 * declares them, and the Spark job binds its options with them, so both run with the same values.
 */
public final class CollocateParameters {
    /** The parameter's name. */
    public static final String QUERY = "query";
    /** The parameter's name. */
    public static final String LEFT = "left";
    /** The parameter's name. */
    public static final String RIGHT = "right";
    /** The parameter's name. */
    public static final String WITHIN_SENTENCE = "within_sentence";
    /** The parameter's name. */
    public static final String STOPWORDS = "stopwords";
    /** The parameter's name. */
    public static final String MIN_COLLOCATE_COUNT = "min_collocate_count";
    /** The parameter's name. */
    public static final String MIN_PAIR_COUNT = "min_pair_count";
    /** The parameter's name. */
    public static final String SORT = "sort";
    /** The parameter's name. */
    public static final String EXPECTED = "expected";

    /** Every parameter, in the order the analysis declares them. */
    public static final List<ParameterSpec> ALL = List.of(
        new ParameterSpec(QUERY, ParameterType.QUERY, null, "The node as a CQL query, e.g. \"发展\""),
        MatchStrategy.parameter(),
        new ParameterSpec(LEFT, ParameterType.INTEGER, "5", "Counted tokens left of the hit in its window").between(0, 50),
        new ParameterSpec(RIGHT, ParameterType.INTEGER, "5", "Counted tokens right of the hit in its window").between(0, 50),
        new ParameterSpec(WITHIN_SENTENCE, ParameterType.BOOLEAN, "false", "Whether windows stop at the hit's sentence"),
        CountedTypes.parameter(),
        new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none", "Stopword list whose words are not listed, or none"),
        new ParameterSpec(MIN_COLLOCATE_COUNT, ParameterType.INTEGER, "5",
                "Leave out collocates seen fewer times in the corpus or selection (CQPweb's default 5)").between(1, null),
        new ParameterSpec(MIN_PAIR_COUNT, ParameterType.INTEGER, "5",
                "Leave out collocates seen fewer times in the windows (CQPweb's default 5)").between(1, null),
        new ParameterSpec(SORT, ParameterType.STRING, "log_likelihood", "The column the rows are sorted by, descending")
                .oneOf(CollocateOptions.sortKeys()),
        new ParameterSpec(EXPECTED, ParameterType.STRING, "span",
                "Expected frequency for MI, MI3, T, z, LL, chi-squared, MI.log-f: span = f_collocate * the counted "
                        + "tokens in all the node's windows / N (CQPweb), table = f_node*f_collocate/N (Sketch Engine)").oneOf("span", "table"),
        TagFilter.parameter());

    private CollocateParameters() {
    }
}
