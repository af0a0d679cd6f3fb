package org.corpusbench.api;

import java.util.Arrays;

/** A text's code points as an array, without the stream machinery of {@code String.codePoints()}, which cost cleaning steps a sixth of their time. */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * @param text a text
     * @return its code points, a surrogate pair as one
     */
    public static int[] of(String text) {
        int[] codePoints = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); count++) {
            int codePoint = text.codePointAt(i);
            codePoints[count] = codePoint;
            i += Character.charCount(codePoint);
        }
        return count == codePoints.length ? codePoints : Arrays.copyOf(codePoints, count);
    }
}
