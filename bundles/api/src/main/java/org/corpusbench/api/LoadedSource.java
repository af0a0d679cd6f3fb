package org.corpusbench.api;

import java.util.Objects;

/**
 * A source, its decoded text and how it was read, as a loader hands it on.
 *
 * @param source the source with its load metadata
 * @param text the decoded text
 * @param report how it was read (encoding, damage)
 */
public record LoadedSource(Source source, String text, SourceReport report) {
    /** Rejects nulls. */
    public LoadedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
    }
}
