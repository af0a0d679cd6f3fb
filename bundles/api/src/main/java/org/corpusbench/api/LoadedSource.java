package org.corpusbench.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source, its decoded text and how it was read, as a loader hands it on.
 *
 * @param source the source with its load metadata
 * @param text the decoded text
 * @param report how it was read (encoding, damage)
 * @param tokens the tokens the source itself gives (pre-segmented text), covering {@code text}; or
 *        null when the text is to be cleaned and segmented
 * @param documentMetadata the metadata of the one document a pre-segmented source is stored as
 *        (headline, date, ...), as the input gives it; empty when it gives none, and unused for a
 *        source that is cleaned and split, whose documents get theirs from cleaning (since 1.11)
 */
public record LoadedSource(Source source, String text, SourceReport report, List<Token> tokens,
        Map<String, String> documentMetadata) {
    /** Rejects nulls other than the tokens and copies those and the metadata. */
    public LoadedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
        tokens = tokens == null ? null : List.copyOf(tokens);
        documentMetadata = Map.copyOf(documentMetadata);
    }

    /**
     * A pre-segmented source without document metadata, or with null tokens one to be cleaned and
     * segmented (the constructor of API 1.10).
     *
     * @param source the source with its load metadata
     * @param text the decoded text
     * @param report how it was read
     * @param tokens the tokens the source gives, or null
     */
    public LoadedSource(Source source, String text, SourceReport report, List<Token> tokens) {
        this(source, text, report, tokens, Map.of());
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
