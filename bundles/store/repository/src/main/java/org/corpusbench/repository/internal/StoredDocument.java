package org.corpusbench.repository.internal;

import java.util.Map;

/**
 * A document as one JSON line.
 *
 * @param id the document id
 * @param sourceId its source
 * @param metadata its metadata
 * @param original the original text, or null when it equals the cleaned text
 * @param cleaned the cleaned text
 * @param offsets the offset map's points, see {@link OffsetMapCodec}
 */
record StoredDocument(String id, String sourceId, Map<String, String> metadata, String original, String cleaned,
        int[] offsets) {
}
