package org.corpusbench.cleaning.basic.internal;

import org.corpusbench.api.CleanedText;

/**
 * Normalises whitespace: CRLF and CR become LF; zero-width and control characters go; runs of
 * spaces, tabs, ideographic spaces (U+3000) and no-break spaces become one ASCII space; lines lose
 * leading and trailing spaces; more than one blank line becomes one; the text loses leading and
 * trailing blank lines. Line structure otherwise stays for the rejoin step to judge.
 */
final class WhitespaceNormaliser {

    CleanedText normalise(String text) {
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
                if (out.length() > 0) {
                    if (pendingNewlines > 0) {
                        out.append('\n', offset);
                        if (pendingNewlines > 1) {
                            out.append('\n', offset);
                        }
                    } else if (pendingSpace) {
                        out.append(' ', offset);
                    }
                }
                pendingSpace = false;
                pendingNewlines = 0;
                out.append(cp, offset);
            }
        }
        return out.build(offset);
    }

    private static boolean isHorizontalSpace(int cp) {
        return cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || Character.getType(cp) == Character.CONTROL;
    }
}
