package org.corpusbench.api.analysis;

import java.util.Objects;

/**
 * A result table with its provenance. Close it when done.
 *
 * @param provenance where it came from
 * @param table the columns and streamed rows
 */
public record AnalysisResult(Provenance provenance, ResultTable table) implements AutoCloseable {
    /** Rejects nulls. */
    public AnalysisResult {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public void close() {
        table.close();
    }
}
