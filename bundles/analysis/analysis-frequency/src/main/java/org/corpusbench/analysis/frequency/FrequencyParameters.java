package org.corpusbench.analysis.frequency;

import java.util.List;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.TagFilter;

/**
 * The {@code frequency} analysis's parameters with the workbench's defaults and limits: its DS component
 * declares them, and the Spark job binds its options with them, so both run with the same values.
 */
public final class FrequencyParameters {
    /** The parameter's name. */
    public static final String MIN_COUNT = "min_count";
    /** The parameter's name. */
    public static final String MIN_RANGE = "min_range";
    /** The parameter's name. */
    public static final String STOPWORDS = "stopwords";

    /** Every parameter, in the order the analysis declares them. */
    public static final List<ParameterSpec> ALL = List.of(
            new ParameterSpec(MIN_COUNT, ParameterType.INTEGER, "1", "Leave out words seen fewer times")
                    .between(1, null),
            new ParameterSpec(MIN_RANGE, ParameterType.INTEGER, "1", "Leave out words found in fewer documents")
                    .between(1, null),
            CountedTypes.parameter(),
            new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none",
                    "A stopword list whose words are counted but not listed"),
            TagFilter.parameter());

    private FrequencyParameters() {
    }
}
