package org.corpusbench.api.query;

import java.util.Arrays;
import java.util.Locale;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;

/**
 * Which matches a variable-length query reports, as CQP's {@code set MatchingStrategy} (CQP Query
 * Language Tutorial, section "Matching strategies"). The engine's documentation gives the exact rule
 * of each. Every analysis that evaluates a query offers the choice through {@link #parameter()}.
 */
public enum MatchStrategy {
    /** CQP {@code shortest}: the shortest matches; optional parts at either end are left out. */
    SHORTEST,
    /** CQP {@code standard}, its default: a match starts as early as it can and ends as early as it can. */
    STANDARD,
    /** CQP {@code longest}: the longest matches. */
    LONGEST;

    /** The name of the parameter {@link #parameter()} declares. */
    public static final String PARAMETER = "strategy";

    /** @return the standard parameter {@value #PARAMETER}: {@code shortest}, {@code standard} (default) or {@code longest} */
    public static ParameterSpec parameter() {
        return new ParameterSpec(PARAMETER, ParameterType.STRING, "standard",
                "Which matches a variable-length query reports (CQP's matching strategies)")
                .oneOf(Arrays.stream(values()).map(MatchStrategy::parameterValue).toArray(String[]::new));
    }

    /**
     * @param parameters an analysis's bound parameters, among them {@link #parameter()}
     * @return the strategy they choose
     */
    public static MatchStrategy of(Parameters parameters) {
        return valueOf(parameters.string(PARAMETER).toUpperCase(Locale.ROOT));
    }

    /** @return how the strategy is written as a parameter value ({@code standard}) */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
