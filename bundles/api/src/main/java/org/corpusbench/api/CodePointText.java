package org.corpusbench.api;

/**
 * A text addressed by code-point offsets, as token offsets are. Text without supplementary
 * characters (most Chinese) is addressed directly; otherwise a char index every
 * {@value #STRIDE} code points bounds each lookup to one stride instead of a walk from the start.
 * Immutable.
 *
 * @since 1.10
 */
public final class CodePointText {
    private static final int STRIDE = 1024;
    private final String text;
    private final int length;
    private final int[] strideStarts;

    /** @param text the text */
    public CodePointText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            strideStarts = null;
        } else {
            strideStarts = new int[length / STRIDE + 1];
            int charIndex = 0;
            for (int stride = 0; stride < strideStarts.length; stride++) {
                strideStarts[stride] = charIndex;
                if (stride + 1 < strideStarts.length) {
                    charIndex = text.offsetByCodePoints(charIndex, STRIDE);
                }
            }
        }
    }

    /** @return the length in code points */
    public int length() {
        return length;
    }

    /**
     * @param from the first code point
     * @param to the code point just after the last
     * @return the text between them
     */
    public String substring(int from, int to) {
        return text.substring(charIndex(from), charIndex(to));
    }

    private int charIndex(int codePoint) {
        if (strideStarts == null) {
            return codePoint;
        }
        return text.offsetByCodePoints(strideStarts[codePoint / STRIDE], codePoint % STRIDE);
    }
}
