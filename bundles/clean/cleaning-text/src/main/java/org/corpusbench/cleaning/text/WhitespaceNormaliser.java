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
        TextOutput out = new TextOutput(text.length());
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

    /**
     * A tab or a space separator (general category Zs): U+0020, U+00A0, U+1680, U+2000-U+200A,
     * U+202F, U+205F, U+3000, written out because the category lookup was a tenth of this step on
     * Chinese text, whose full-width punctuation lies above U+FEFF (WhitespaceNormaliserTest holds
     * the list to {@link Character#getType} over every code point).
     */
    static boolean isHorizontalSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || cp == '\t';
        }
        return cp == 0x3000 || cp == 0x00A0 || cp >= 0x2000 && cp <= 0x200A || cp == 0x202F || cp == 0x205F || cp == 0x1680;
    }

    /** Zero-width characters, the byte order mark and the control characters (Cc: U+0000-U+001F, U+007F-U+009F). */
    static boolean isInvisible(int cp) {
        if (cp < 0x7F) {
            return cp < 0x20;
        }
        return cp <= 0x9F || cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }
}
