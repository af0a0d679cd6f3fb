package org.corpusbench.api.query;

/**
 * Which matches a variable-length query reports, as CQP's {@code set MatchingStrategy} (CQP Query
 * Language Tutorial, section "Matching strategies"). The engine's documentation gives the exact rule
 * of each.
 */
public enum MatchStrategy {
    /** CQP {@code shortest}: the shortest matches; optional parts at either end are left out. */
    SHORTEST,
    /** CQP {@code standard}, its default: a match starts as early as it can and ends as early as it can. */
    STANDARD,
    /** CQP {@code longest}: the longest matches. */
    LONGEST
}
