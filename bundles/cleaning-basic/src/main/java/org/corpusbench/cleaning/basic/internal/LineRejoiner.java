package org.corpusbench.cleaning.basic.internal;

import java.util.Arrays;
import org.corpusbench.api.CleanedText;

/**
 * Rejoins lines that PDF extraction hard-wrapped, leaving one line per paragraph.
 *
 * <p>Expects the output of {@link WhitespaceNormaliser}. A single line break never ends a
 * paragraph in such text (the seeds wrap mid-word every 14-22 characters), so it is removed. A
 * blank line ends a paragraph, except after a line that fills the column (at least the median
 * length of the text's lines) and stops mid-sentence: that is a column break inside a sentence.
 * Chinese joins without a space; two Latin letters or digits keep one space between them.
 */
final class LineRejoiner {
    private static final String SENTENCE_END = "。！？!?；;…”’」』）)：:";

    CleanedText rejoin(String text) {
        String[] lines = text.split("\n", -1);
        int columnWidth = medianLength(lines);
        CleanedText.Builder out = CleanedText.builder();
        int offset = 0;
        String previous = "";
        boolean blankSeen = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankSeen = true;
            } else {
                if (!previous.isEmpty()) {
                    if (blankSeen && endsParagraph(previous, columnWidth)) {
                        out.append('\n', offset);
                    } else if (needsSpace(out.lastCodePoint(), line.codePointAt(0))) {
                        out.append(' ', offset);
                    }
                }
                for (int i = 0; i < line.length(); ) {
                    int cp = line.codePointAt(i);
                    i += Character.charCount(cp);
                    out.append(cp, offset++);
                }
                previous = line;
                blankSeen = false;
            }
            offset++; // the line break after this line
        }
        return out.build(offset - 1);
    }

    private static boolean endsParagraph(String line, int columnWidth) {
        int length = line.codePointCount(0, line.length());
        int last = line.codePointBefore(line.length());
        return length < columnWidth || SENTENCE_END.indexOf(last) >= 0;
    }

    private static boolean needsSpace(int before, int after) {
        return isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    private static int medianLength(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isEmpty())
                .mapToInt(l -> l.codePointCount(0, l.length())).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
    }
}
