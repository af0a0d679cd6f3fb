package org.corpusbench.api.analysis;

/** The type of a result column and the Java type of its cells. */
public enum ColumnType {
    /** Cells are {@code String}. */
    STRING,
    /** Cells are {@code Long}. */
    INTEGER,
    /** Cells are {@code Double}. */
    DECIMAL
}
