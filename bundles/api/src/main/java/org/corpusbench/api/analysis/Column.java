package org.corpusbench.api.analysis;

import java.util.Objects;

/**
 * A result column.
 *
 * @param name a short machine-friendly name ({@code per_million})
 * @param type the type of its cells
 */
public record Column(String name, ColumnType type) {
    /** Rejects nulls. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
