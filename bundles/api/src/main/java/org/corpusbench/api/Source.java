package org.corpusbench.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a loader read: a file, an archive entry or a table row.
 *
 * @param id identifier unique within its corpus, such as the path relative to the loaded folder
 * @param location where it was read from, as its user knows it (a file name, a path in the loaded folder, an archive entry); never an absolute server path
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
