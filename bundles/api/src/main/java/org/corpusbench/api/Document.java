package org.corpusbench.api;

import java.util.Map;
import java.util.Objects;

/**
 * What cleaning yields from a source: one document per source until article splitting exists.
 *
 * @param id identifier unique within its corpus
 * @param sourceId the {@link Source#id()} it was cleaned from
 * @param metadata metadata with string keys (headline, date, ...), never null
 * @param originalText the source text as loaded
 * @param cleanedText the text after cleaning; token offsets refer to it
 */
public record Document(String id, String sourceId, Map<String, String> metadata, String originalText,
        String cleanedText) {
    /** Copies the metadata so the record stays immutable. */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(cleanedText, "cleanedText");
        metadata = Map.copyOf(metadata);
    }
}
