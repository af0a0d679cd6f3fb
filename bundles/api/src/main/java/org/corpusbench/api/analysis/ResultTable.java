package org.corpusbench.api.analysis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A table with typed columns whose rows are streamed: an exporter writes each row as it comes.
 * Each row holds one cell per column, of the column's Java type. Close it to release what the
 * row stream holds.
 *
 * @param columns the columns, in order
 * @param rows the rows, read once
 */
public record ResultTable(List<Column> columns, Stream<List<Object>> rows) implements AutoCloseable {
    /** Copies the columns. */
    public ResultTable {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void close() {
        rows.close();
    }
}
