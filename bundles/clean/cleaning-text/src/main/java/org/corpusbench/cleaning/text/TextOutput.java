package org.corpusbench.cleaning.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.OffsetMap;

/**
 * The output of a step that writes a code point at a time and records no metadata (the whitespace
 * and width steps): the same text, offsets and counts as {@link CleanedText.Builder} collects, into
 * arrays sized for the input once, where the builder's {@code StringBuilder} checked, widened and
 * grew on every code point (a third of those steps' time). Not thread-safe.
 */
final class TextOutput {
    private char[] chars;
    private int[] offsets;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int charCount;
    private int length;

    /** @param inputChars the length of the input in chars, which these steps write at most (a folding may need more) */
    TextOutput(int inputChars) {
        chars = new char[inputChars + 2];
        offsets = new int[inputChars + 1];
    }

    /** Writes a code point that came from input offset {@code offset}. */
    void append(int codePoint, int offset) {
        if (length == offsets.length - 1 || charCount + 2 > chars.length) {
            offsets = Arrays.copyOf(offsets, 2 * offsets.length);
            chars = Arrays.copyOf(chars, 2 * chars.length);
        }
        offsets[length++] = offset;
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            chars[charCount++] = (char) codePoint;
        } else {
            charCount += Character.toChars(codePoint, chars, charCount);
        }
    }

    void count(String key, int amount) {
        counts.merge(key, amount, Integer::sum);
    }

    /** @return the number of code points written so far */
    int length() {
        return length;
    }

    /** @return the cleaned text, its offsets ending at {@code inputLength} */
    CleanedText build(int inputLength) {
        int[] all = Arrays.copyOf(offsets, length + 1);
        all[length] = inputLength;
        return new CleanedText(new String(chars, 0, charCount), OffsetMap.of(all), Map.of(), counts);
    }
}
