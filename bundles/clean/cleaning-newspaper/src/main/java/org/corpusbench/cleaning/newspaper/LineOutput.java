package org.corpusbench.cleaning.newspaper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.corpusbench.api.CleanedText;
import org.corpusbench.api.OffsetMap;

/**
 * The output of a step that writes whole lines (remove-furniture, rejoin-lines): the same text,
 * offsets, metadata and counts as {@link CleanedText.Builder} would collect, but a line's text is
 * appended at once rather than a code point at a time, which was a sixth of cleaning. Not thread-safe.
 */
final class LineOutput {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int[] offsets = new int[64];
    private int length;

    /** Writes one character of the Basic Multilingual Plane (a line break, a space) that came from {@code offset}. */
    void append(char c, int offset) {
        room(1);
        offsets[length++] = offset;
        text.append(c);
    }

    /** Writes the line, its code points from input offsets {@code from}, {@code from + 1} and on. */
    void appendLine(String line, int from) {
        room(line.length());
        int at = from;
        for (int k = 0; k < line.length(); k++) {
            // a surrogate pair is one code point; any other char, a lone surrogate too, is one
            if (k > 0 && Character.isLowSurrogate(line.charAt(k)) && Character.isHighSurrogate(line.charAt(k - 1))) {
                continue;
            }
            offsets[length++] = at++;
        }
        text.append(line);
    }

    private void room(int more) {
        if (length + more >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, length + more + 1));
        }
    }

    /** @return the last code point written, or -1 if none */
    int lastCodePoint() {
        return text.length() == 0 ? -1 : text.codePointBefore(text.length());
    }

    void count(String key, int amount) {
        counts.merge(key, amount, Integer::sum);
    }

    void metadata(String key, String value) {
        metadata.put(key, value);
    }

    boolean hasMetadata(String key) {
        return metadata.containsKey(key);
    }

    /** @return the cleaned text, its offsets ending at {@code inputLength} */
    CleanedText build(int inputLength) {
        int[] all = Arrays.copyOf(offsets, length + 1);
        all[length] = inputLength;
        return new CleanedText(text.toString(), OffsetMap.of(all), metadata, counts);
    }
}
