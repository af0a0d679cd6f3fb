package org.corpusbench.analysis.segmentdiff;

/**
 * Reads a text by code-point offsets, as tokens give them, and lays out a KWIC line: characters
 * outside the Basic Multilingual Plane take two chars, so a char offset would cut them in half.
 */
final class CodePointIndex {
    private final String text;
    private final int length;
    /** The char offset of each code point, or null when every code point is one char. */
    private final int[] chars;

    CodePointIndex(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            chars = null;
        } else {
            chars = new int[length + 1];
            for (int cp = 0, c = 0; cp <= length; cp++) {
                chars[cp] = c;
                c = cp < length ? text.offsetByCodePoints(c, 1) : c;
            }
        }
    }

    /**
     * @return {@code left[span]right}, with up to {@code context} code points on each side and line
     *         breaks and other control characters in them shown as spaces
     */
    String line(int start, int end, int context) {
        String left = substring(Math.max(0, start - context), start);
        String right = substring(end, Math.min(length, end + context));
        return oneLine(left) + "[" + oneLine(substring(start, end)) + "]" + oneLine(right);
    }

    private String substring(int from, int to) {
        return chars == null ? text.substring(from, to) : text.substring(chars[from], chars[to]);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }
}
