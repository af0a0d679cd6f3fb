package org.corpusbench.analysis.ngrams;

import java.util.List;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.TagFilter;
import org.corpusbench.api.query.MatchStrategy;

/**
 * The {@code ngrams} analysis's parameters with the workbench's defaults and limits: its DS component
 * declares them, and the Spark job binds its options with them, so both run with the same values.
 */
public final class NGramParameters {
    /** The parameter's name. */
    public static final String N = "n";
    /** The parameter's name. */
    public static final String UNIT = "unit";
    /** The parameter's name. */
    public static final String MIN_COUNT = "min_count";
    /** The parameter's name. */
    public static final String MIN_RANGE = "min_range";
    /** The parameter's name. */
    public static final String QUERY = "query";
    /** The parameter's name. */
    public static final String POSITION = "position";
    /** The parameter's name. */
    public static final String STOPWORDS = "stopwords";
    /** The parameter's name. */
    public static final String STOPWORD_RULE = "stopword_rule";
    /** The parameter's name. */
    public static final String TOKEN_TYPES = "token_types";

    /** Every parameter, in the order the analysis declares them. */
    public static final List<ParameterSpec> ALL = List.of(new ParameterSpec(N, ParameterType.INTEGER, "2", "Tokens or characters per n-gram").between(2, 6),
            new ParameterSpec(UNIT, ParameterType.STRING, "words", "Word n-grams or character n-grams")
                    .oneOf("words", "characters"),
            new ParameterSpec(MIN_COUNT, ParameterType.INTEGER, "1", "Leave out n-grams seen fewer times").between(1, null),
            new ParameterSpec(MIN_RANGE, ParameterType.INTEGER, "1", "Leave out n-grams found in fewer documents")
                    .between(1, null),
            new ParameterSpec(QUERY, ParameterType.QUERY, "", "List only word n-grams containing a hit (clusters); empty for all"),
            new ParameterSpec(POSITION, ParameterType.STRING, "any", "Where the hit sits: anywhere, on the left edge or on the right edge")
                    .oneOf("any", "left", "right"),
            MatchStrategy.parameter(),
            new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none", "Stopword list, or none"),
            new ParameterSpec(STOPWORD_RULE, ParameterType.STRING, "any",
                    "Leave out n-grams with a stopword anywhere, at an edge, or made only of stopwords").oneOf("any", "edge", "all"),
            new ParameterSpec(TOKEN_TYPES, ParameterType.STRING, "words", "Build n-grams of word tokens only, or of all tokens")
                    .oneOf("words", "all"),
            TagFilter.parameter());

    private NGramParameters() {
    }
}
