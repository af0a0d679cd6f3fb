package org.corpusbench.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a loader read: a file, an archive entry or a table row.
 *
 * @param id identifier unique within its corpus, such as the path relative to the loaded folder
 * @param location where it was read from, for people (an absolute path, an archive entry)
 * @param metadata load metadata (size, encoding, table columns), never null
 */
public record Source(String id, String location, Map<String, String> metadata) {
    /** Copies the metadata so the record stays immutable. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        metadata = Map.copyOf(metadata);
    }
}
