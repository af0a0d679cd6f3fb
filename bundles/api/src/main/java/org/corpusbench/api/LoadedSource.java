package org.corpusbench.api;

import java.util.List;
import java.util.Objects;

/**
 * A source, its decoded text and how it was read, as a loader hands it on.
 *
 * @param source the source with its load metadata
 * @param text the decoded text
 * @param report how it was read (encoding, damage)
 * @param tokens the tokens the source itself gives (pre-segmented text), covering {@code text}; or
 *        null when the text is to be cleaned and segmented
 */
public record LoadedSource(Source source, String text, SourceReport report, List<Token> tokens) {
    /** Rejects nulls other than the tokens and copies those. */
    public LoadedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
        tokens = tokens == null ? null : List.copyOf(tokens);
    }

    /**
     * A source whose text is to be cleaned and segmented.
     *
     * @param source the source with its load metadata
     * @param text the decoded text
     * @param report how it was read
     */
    public LoadedSource(Source source, String text, SourceReport report) {
        this(source, text, report, null);
    }
}
