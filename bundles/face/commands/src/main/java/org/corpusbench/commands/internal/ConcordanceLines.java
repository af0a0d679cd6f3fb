package org.corpusbench.commands.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out KWIC lines for a terminal: the document id, the left context right-aligned so every node
 * starts in the same column, the node marked, then the right context. Widths are terminal columns
 * ({@link ConsoleTable#displayWidth}: a Chinese character takes two), and line breaks inside a
 * context show as spaces. Given a terminal width, contexts are cut on their outer side to fit.
 */
final class ConcordanceLines {
    private static final String GAP = "  ";
    private final String markStart;
    private final String markEnd;

    /**
     * @param markStart written before each node (an ANSI attribute or a bracket)
     * @param markEnd written after it
     */
    ConcordanceLines(String markStart, String markEnd) {
        this.markStart = markStart;
        this.markEnd = markEnd;
    }

    /** Bold red nodes, reset after each: for terminals that understand ANSI escapes. */
    static ConcordanceLines ansi() {
        return new ConcordanceLines("\u001B[1;31m", "\u001B[0m");
    }

    /** Nodes in brackets: for dumb terminals, pipes and files. */
    static ConcordanceLines plain() {
        return new ConcordanceLines("[", "]");
    }

    /** One line of a concordance, as the {@code kwic} analysis gives it. */
    record Line(String document, String left, String node, String right) {
    }

    /**
     * @param lines the lines of a page
     * @param terminalWidth columns to fit the lines into, or 0 for no limit
     * @return the lines as the terminal shows them
     */
    List<String> layout(List<Line> lines, int terminalWidth) {
        List<Line> shown = lines.stream().map(line -> new Line(line.document(), oneLine(line.left()), oneLine(line.node()),
                oneLine(line.right()))).toList();
        int documentWidth = widest(shown.stream().map(Line::document).toList());
        int nodeWidth = widest(shown.stream().map(Line::node).toList()) + ConsoleTable.displayWidth(markStart + markEnd);
        int leftWidth = widest(shown.stream().map(Line::left).toList());
        int rightWidth = widest(shown.stream().map(Line::right).toList());
        if (terminalWidth > 0) {
            // what the id, node and gaps leave, shared evenly; the last column is kept free against wrapping
            int room = Math.max(0, terminalWidth - 1 - documentWidth - nodeWidth - 3 * GAP.length());
            leftWidth = Math.min(leftWidth, room / 2);
            rightWidth = Math.min(rightWidth, room - leftWidth);
        }
        List<String> text = new ArrayList<>();
        for (Line line : shown) {
            String left = keepEnd(line.left(), leftWidth);
            String node = markStart + line.node() + markEnd;
            text.add(pad(line.document(), documentWidth, false) + GAP + pad(left, leftWidth, true) + GAP
                    + pad(node, nodeWidth, false) + GAP + keepStart(line.right(), rightWidth));
        }
        return text.stream().map(String::stripTrailing).toList();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }

    private static int widest(List<String> texts) {
        return texts.stream().mapToInt(ConsoleTable::displayWidth).max().orElse(0);
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(Math.max(0, width - ConsoleTable.displayWidth(text)));
        return right ? padding + text : text + padding;
    }

    /** The end of the text that fits in the width: left context stays next to the node. */
    private static String keepEnd(String text, int width) {
        int[] codePoints = text.codePoints().toArray();
        int from = codePoints.length;
        int used = 0;
        while (from > 0 && used + ConsoleTable.displayWidth(Character.toString(codePoints[from - 1])) <= width) {
            used += ConsoleTable.displayWidth(Character.toString(codePoints[--from]));
        }
        return new String(codePoints, from, codePoints.length - from);
    }

    /** The start of the text that fits in the width. */
    private static String keepStart(String text, int width) {
        int[] codePoints = text.codePoints().toArray();
        int to = 0;
        int used = 0;
        while (to < codePoints.length && used + ConsoleTable.displayWidth(Character.toString(codePoints[to])) <= width) {
            used += ConsoleTable.displayWidth(Character.toString(codePoints[to++]));
        }
        return new String(codePoints, 0, to);
    }
}
