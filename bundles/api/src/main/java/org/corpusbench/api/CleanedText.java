package org.corpusbench.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * The output of a cleaning step: the text and where each of its code points came from.
 *
 * @param text the cleaned text
 * @param offsets maps offsets in {@code text} to offsets in the step's input
 */
public record CleanedText(String text, OffsetMap offsets) {
    /** @throws IllegalArgumentException if the map does not cover the text */
    public CleanedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (text.codePointCount(0, text.length()) != offsets.cleanedLength()) {
            throw new IllegalArgumentException("The offset map covers " + offsets.cleanedLength()
                    + " code points, the text has " + text.codePointCount(0, text.length()));
        }
    }

    /** @return a builder that a cleaning step feeds code point by code point */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects cleaned code points with the input offset each came from. Not thread-safe. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] original = new int[64];
        private int length;

        private Builder() {
        }

        /**
         * @param codePoint the code point to write
         * @param originalOffset the input offset it came from (for inserted text, the next input offset)
         * @return this builder
         */
        public Builder append(int codePoint, int originalOffset) {
            if (length == original.length) {
                original = Arrays.copyOf(original, length * 2);
            }
            original[length++] = originalOffset;
            text.appendCodePoint(codePoint);
            return this;
        }

        /** @return the number of code points written so far */
        public int length() {
            return length;
        }

        /** @return the last code point written, or -1 if none */
        public int lastCodePoint() {
            return text.length() == 0 ? -1 : text.codePointBefore(text.length());
        }

        /**
         * @param inputLength length of the step's input in code points
         * @return the cleaned text
         */
        public CleanedText build(int inputLength) {
            int[] offsets = Arrays.copyOf(original, length + 1);
            offsets[length] = inputLength;
            return new CleanedText(text.toString(), OffsetMap.of(offsets));
        }
    }
}
