package org.corpusbench.cleaning.text;

import org.corpusbench.api.CleanedText;

/**
 * Normalises whitespace: CRLF and CR become LF; zero-width and control characters go; runs of
 * spaces, tabs, ideographic spaces (U+3000) and no-break spaces become one ASCII space; lines lose
 * trailing spaces; an indented line keeps one space in front, since indentation is evidence of a
 * paragraph start that the rejoin step reads (and removes); more than one blank line becomes one;
 * the text loses leading and trailing blank lines. Line structure otherwise stays for the rejoin step
 * to judge.
 */
public final class WhitespaceNormaliser {

    /**
     * @param text the loaded text
     * @return the normalised text
     */
    public CleanedText normalise(String text) {
        CleanedText.Builder out = CleanedText.builder();
        int offset = 0;
        boolean pendingSpace = false;
        int pendingNewlines = 0;
        for (int i = 0; i < text.length(); offset++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue; // the LF that follows stands for both
                }
                cp = '\n';
            }
            if (cp == '\n') {
                pendingSpace = false; // trailing spaces of the line
                pendingNewlines++;
            } else if (isHorizontalSpace(cp)) {
                pendingSpace = true;
            } else if (!isInvisible(cp)) {
                if (out.length() > 0 && pendingNewlines > 0) {
                    out.append('\n', offset);
                    if (pendingNewlines > 1) {
                        out.append('\n', offset);
                    }
                }
                if (pendingSpace) { // between words, or the indentation of a line
                    out.append(' ', offset);
                }
                pendingSpace = false;
                pendingNewlines = 0;
                out.append(cp, offset);
            }
        }
        return out.build(offset);
    }

    private static boolean isHorizontalSpace(int cp) {
        if (cp > 0x3000 && cp < 0xFEFF) {
            return false; // Chinese characters and punctuation, without the table lookup: the last space separator is U+3000
        }
        return cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isInvisible(int cp) {
        if (cp > 0x2060 && cp < 0xFEFF) {
            return false; // Chinese characters and punctuation: no control character lies between U+2060 and U+FEFF
        }
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || Character.getType(cp) == Character.CONTROL;
    }
}
