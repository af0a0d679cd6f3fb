package org.corpusbench.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The output of a cleaning step: the text, where each of its code points came from, what the step
 * found about the source (metadata such as the issue date of a newspaper page) and what it did (the
 * counts of its cleaning report).
 *
 * @param text the cleaned text
 * @param offsets maps offsets in {@code text} to offsets in the step's input
 * @param metadata what the step found about the source, to be recorded with its documents; never null
 * @param report what the step did, such as {@code lines.joined}, by name; never null
 */
public record CleanedText(String text, OffsetMap offsets, Map<String, String> metadata, Map<String, Integer> report) {
    /**
     * Copies the maps so the record stays immutable.
     *
     * @throws IllegalArgumentException if the map does not cover the text
     */
    public CleanedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        metadata = Map.copyOf(metadata);
        report = Map.copyOf(report);
        if (text.codePointCount(0, text.length()) != offsets.cleanedLength()) {
            throw new IllegalArgumentException("The offset map covers " + offsets.cleanedLength()
                    + " code points, the text has " + text.codePointCount(0, text.length()));
        }
    }

    /**
     * A cleaned text that found nothing to record and has nothing to report.
     *
     * @param text the cleaned text
     * @param offsets maps offsets in {@code text} to offsets in the step's input
     */
    public CleanedText(String text, OffsetMap offsets) {
        this(text, offsets, Map.of(), Map.of());
    }

    /** @return a builder that a cleaning step feeds code point by code point */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects cleaned code points with the input offset each came from. Not thread-safe. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        /** The report's counts, in the order first counted: a handful per step, counted per line or character. */
        private String[] countKeys = new String[4];
        private int[] countAmounts = new int[4];
        private int counts;
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

        /**
         * @param key a metadata key, such as {@code issue}
         * @param value its value; the last one given wins
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        /**
         * Adds to a count of the cleaning report.
         *
         * @param key what was counted, such as {@code lines.joined}
         * @param amount how many more
         * @return this builder
         */
        public Builder count(String key, int amount) {
            for (int i = 0; i < counts; i++) {
                if (countKeys[i].equals(key)) {
                    countAmounts[i] += amount;
                    return this;
                }
            }
            if (counts == countKeys.length) {
                countKeys = Arrays.copyOf(countKeys, counts * 2);
                countAmounts = Arrays.copyOf(countAmounts, counts * 2);
            }
            countKeys[counts] = key;
            countAmounts[counts++] = amount;
            return this;
        }

        /**
         * @param key a metadata key
         * @return whether a value was given for it so far
         */
        public boolean hasMetadata(String key) {
            return metadata.containsKey(key);
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
            Map<String, Integer> report = new LinkedHashMap<>();
            for (int i = 0; i < counts; i++) {
                report.put(countKeys[i], countAmounts[i]);
            }
            return new CleanedText(text.toString(), OffsetMap.of(offsets), metadata, report);
        }
    }
}
