package org.corpusbench.api;

import java.util.Arrays;

/**
 * Maps code-point offsets in a cleaned text back to code-point offsets in the text it was cleaned
 * from, so a concordance line or an export can always point at the source.
 *
 * <p>Offset {@code i} of the cleaned text maps to {@link #toOriginal(int) toOriginal(i)}; the end of
 * the cleaned text maps to the end of the original. Instances are immutable.
 */
public final class OffsetMap {
    private final int[] original;

    private OffsetMap(int[] original) {
        this.original = original;
    }

    /**
     * @param length length of a text in code points
     * @return the map of a step that changed nothing
     */
    public static OffsetMap identity(int length) {
        int[] offsets = new int[length + 1];
        Arrays.setAll(offsets, i -> i);
        return new OffsetMap(offsets);
    }

    /**
     * @param originalOffsets for each cleaned offset {@code 0..n}, the original offset; non-decreasing
     * @return the map
     * @throws IllegalArgumentException if the array is empty or decreases
     */
    public static OffsetMap of(int[] originalOffsets) {
        if (originalOffsets.length == 0) {
            throw new IllegalArgumentException("An offset map needs at least the end offset");
        }
        for (int i = 1; i < originalOffsets.length; i++) {
            if (originalOffsets[i] < originalOffsets[i - 1]) {
                throw new IllegalArgumentException("Offsets decrease at cleaned offset " + i);
            }
        }
        return new OffsetMap(originalOffsets.clone());
    }

    /** @return length of the cleaned text in code points */
    public int cleanedLength() {
        return original.length - 1;
    }

    /**
     * @param cleanedOffset a code-point offset in the cleaned text, {@code 0..cleanedLength()}
     * @return the corresponding code-point offset in the original text
     * @throws IndexOutOfBoundsException if the offset lies outside the cleaned text
     */
    public int toOriginal(int cleanedOffset) {
        return original[cleanedOffset];
    }

    /**
     * Composes this map (text B to text A) with the map of a later step (text C to text B).
     *
     * @param next the later step's map, whose original is this map's cleaned text
     * @return a map from text C to text A
     * @throws IllegalArgumentException if the lengths do not line up
     */
    public OffsetMap andThen(OffsetMap next) {
        if (next.original[next.original.length - 1] != cleanedLength()) {
            throw new IllegalArgumentException("Cannot compose: the later step read " + next.original[next.original.length - 1]
                    + " code points, this step wrote " + cleanedLength());
        }
        int[] composed = new int[next.original.length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = original[next.original[i]];
        }
        return new OffsetMap(composed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OffsetMap map && Arrays.equals(original, map.original);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(original);
    }

    @Override
    public String toString() {
        return "OffsetMap" + Arrays.toString(original);
    }
}
