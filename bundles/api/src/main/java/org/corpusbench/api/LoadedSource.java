package org.corpusbench.api;

import java.util.Objects;

/**
 * A source and its decoded text, as a loader hands it on.
 *
 * @param source the source with its load metadata
 * @param text the decoded text
 */
public record LoadedSource(Source source, String text) {
    /** Rejects nulls. */
    public LoadedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
