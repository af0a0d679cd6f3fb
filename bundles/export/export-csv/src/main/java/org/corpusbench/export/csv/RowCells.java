package org.corpusbench.export.csv;

import java.util.List;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;

/**
 * Turns a result row into CSV cells: numbers as numbers (decimals in {@link PlainDecimal}'s plain
 * notation), text guarded by {@link FormulaGuard}. Remembers, per decimal column, the text of a
 * few recent values: long tables repeat values down a column (a frequency list's per-million and
 * range percentage are the same for every word of one count and range, a million rows holding a
 * few thousand values), and formatting a double costs more than anything else in a row.
 * Not thread-safe: one per formatting thread.
 */
final class RowCells {
    /** Remembered values per column, a power of two. */
    private static final int REMEMBERED = 256;
    private final List<Column> columns;
    private final long[][] bits;
    private final String[][] texts;

    RowCells(List<Column> columns) {
        this.columns = columns;
        bits = new long[columns.size()][REMEMBERED];
        texts = new String[columns.size()][REMEMBERED];
    }

    String[] of(List<?> row) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(i, row.get(i));
        }
        return cells;
    }

    private String cell(int column, Object value) {
        ColumnType type = column < columns.size() ? columns.get(column).type() : ColumnType.STRING;
        if (type != ColumnType.STRING && value instanceof Number number) {
            // A number as the exporter writes it cannot start a formula; -3 must stay a number.
            return number instanceof Double d ? decimal(column, d) : number.toString();
        }
        // Text, and anything an analysis put in a numeric column that is not a number, is guarded.
        return FormulaGuard.cell(String.valueOf(value));
    }

    private String decimal(int column, double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return Double.toString(number);
        }
        if (column >= bits.length) {
            return PlainDecimal.of(number);
        }
        long raw = Double.doubleToRawLongBits(number);
        int slot = Long.hashCode(raw * 0x9E3779B97F4A7C15L) >>> 24 & (REMEMBERED - 1);
        String text = texts[column][slot];
        if (text == null || bits[column][slot] != raw) {
            text = PlainDecimal.of(number);
            texts[column][slot] = text;
            bits[column][slot] = raw;
        }
        return text;
    }
}
