package org.corpusbench.repository.internal;

import java.util.Map;

/**
 * What a selection asks of a document, as one JSON line apart from its texts.
 *
 * @param id the document id
 * @param sourceId its source
 * @param metadata its metadata
 */
record DocumentHeader(String id, String sourceId, Map<String, String> metadata) {
    /** Immutable metadata, as {@link org.corpusbench.api.Document} holds it. */
    DocumentHeader {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
