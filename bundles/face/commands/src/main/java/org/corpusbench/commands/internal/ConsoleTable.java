package org.corpusbench.commands.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * A console table that stays aligned when cells hold Chinese, in the layout of Karaf's
 * {@code ShellTable} ({@code a | b} with a {@code -+-} rule under the header). ShellTable measures
 * cells in chars, but a Chinese character takes two terminal columns, so its columns drift after
 * every Chinese cell; here widths are terminal columns, as JLine's {@link WCWidth} gives them.
 * Unformatted output (for scripts) is one tab-separated line per row, without padding or header.
 */
final class ConsoleTable {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String emptyText = "";

    ConsoleTable column(String header) {
        headers.add(header);
        rightAligned.add(false);
        return this;
    }

    ConsoleTable numberColumn(String header) {
        headers.add(header);
        rightAligned.add(true);
        return this;
    }

    ConsoleTable emptyText(String text) {
        emptyText = text;
        return this;
    }

    void addRow(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = String.valueOf(cells[i]).replaceAll("[\\t\\r\\n]+", " ");
        }
        rows.add(row);
    }

    void print(PrintStream out, boolean format) {
        if (!format) {
            rows.forEach(row -> out.println(String.join("\t", row)));
            return;
        }
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = displayWidth(headers.get(c));
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], displayWidth(row[c]));
            }
        }
        out.println(line(headers.toArray(String[]::new), widths, " | "));
        String[] rules = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
            rules[c] = "-".repeat(widths[c]);
        }
        out.println(String.join("-+-", rules));
        rows.forEach(row -> out.println(line(row, widths, " | ")));
        if (rows.isEmpty() && !emptyText.isEmpty()) {
            out.println(emptyText);
        }
    }

    private String line(String[] cells, int[] widths, String separator) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String padding = " ".repeat(widths[c] - displayWidth(cells[c]));
            if (c > 0) {
                line.append(separator);
            }
            line.append(rightAligned.get(c) ? padding + cells[c] : cells[c] + (c < cells.length - 1 ? padding : ""));
        }
        return line.toString();
    }

    /** @return the terminal columns the text takes */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }
}
