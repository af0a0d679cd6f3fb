package org.corpusbench.api;

import java.util.List;

/**
 * What an import read and skipped, and how each input was decoded, in load order.
 *
 * @param sources one entry per input met
 */
public record LoadReport(List<SourceReport> sources) {
    /** A report of nothing, for corpora made without a loader. */
    public static final LoadReport EMPTY = new LoadReport(List.of());

    /** Copies the entries. */
    public LoadReport {
        sources = List.copyOf(sources);
    }

    /**
     * @param outcome an outcome
     * @return how many inputs had it
     */
    public long count(SourceReport.Outcome outcome) {
        return sources.stream().filter(source -> source.outcome() == outcome).count();
    }

    /** @return one line: read, damaged and skipped counts */
    public String summary() {
        return count(SourceReport.Outcome.READ) + " read, " + count(SourceReport.Outcome.DAMAGED) + " read with undecodable bytes, "
                + count(SourceReport.Outcome.SKIPPED) + " skipped";
    }
}
