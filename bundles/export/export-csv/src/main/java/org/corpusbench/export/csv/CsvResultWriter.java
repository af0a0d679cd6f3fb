package org.corpusbench.export.csv;

import com.opencsv.CSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.Provenance;

/**
 * Writes a result as CSV: a UTF-8 byte order mark (so Excel reads Chinese correctly), the
 * provenance as lines starting with {@code #}, a header row of column names, then one row per
 * result row. Every cell is quoted, so a comment line can never be mistaken for a row. Decimals
 * are written in plain notation with the shortest digits that read back to the same double. Text
 * that a spreadsheet would evaluate as a formula is neutralised (see {@link FormulaGuard}). Rows
 * are written on a thread of their own while the table computes the next ones (see
 * {@link RowHandOff}); the caller formats every other row itself, because formatting a row's
 * numbers costs more than a frequency list spends producing it, and so both threads share it.
 *
 * <p>The {@code csv} exporter writes with this class; a program without OSGi (a Spark job) writes a
 * result the same way with {@code new CsvResultWriter().write(new AnalysisResult(provenance, table), out)}.
 * Thread-safe: it keeps nothing between results.
 */
public final class CsvResultWriter {
    private static final char BOM = '\uFEFF';

    /**
     * @param result the provenance, written as {@code #} lines, and the table, whose rows are read once
     * @param out where the CSV goes; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        writeProvenance(result.provenance(), writer);
        List<Column> columns = result.table().columns();
        CSVWriter csv = new LineReusingCsvWriter(writer);
        csv.writeNext(columns.stream().map(Column::name).toArray(String[]::new));
        // Cells of a row are either formatted already (String[]) or formatted by the writing thread.
        RowCells writerCells = new RowCells(columns);
        RowCells callerCells = new RowCells(columns);
        try (RowHandOff<Object> rows = new RowHandOff<>(row -> csv.writeNext(row instanceof String[] cells ? cells
                : writerCells.of((List<?>) row)))) {
            Iterator<List<Object>> table = result.table().rows().iterator();
            for (long row = 0; table.hasNext(); row++) {
                List<Object> next = table.next();
                rows.add((row & 1) == 0 ? callerCells.of(next) : next);
            }
        }
        csv.flush(); // not close(): the caller owns the stream
        if (csv.checkError()) {
            throw new IOException("Writing the CSV failed", csv.getException());
        }
    }

    private static void writeProvenance(Provenance provenance, Writer writer) throws IOException {
        comment(writer, "corpus", provenance.corpus());
        comment(writer, "analysis", provenance.analysis());
        comment(writer, "parameters", join(provenance.parameters()));
        comment(writer, "segmenter", provenance.segmenter());
        comment(writer, "bundles", join(provenance.bundles()));
        comment(writer, "time", provenance.time().toString());
    }

    private static void comment(Writer writer, String key, String value) throws IOException {
        writer.write("# " + key + ": " + FormulaGuard.comment(value.replaceAll("[\\r\\n]+", " ")) + "\r\n");
    }

    private static String join(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
