package org.corpusbench.analysis.frequency;

/**
 * The token positions a frequency list does not count (punctuation when counting words), as a bit
 * set with a running count per 64-bit word. It answers "how many skipped tokens lie before this
 * position" in constant time with one bit per token (25 MB for 200M tokens) instead of an int
 * per token, which is what ARF needs to measure distances in counted tokens.
 */
final class SkippedPositions {
    private final long[] bits;
    private int[] skippedBeforeWord;

    private SkippedPositions(long[] bits) {
        this.bits = bits;
    }

    /** @return positions none of which is skipped */
    static SkippedPositions none() {
        return new SkippedPositions(new long[0]);
    }

    /**
     * @param tokens the corpus's token count
     * @return an empty set to {@link #add} to, then {@link #index}
     */
    static SkippedPositions forTokens(int tokens) {
        return new SkippedPositions(new long[(tokens >>> 6) + 1]);
    }

    void add(int position) {
        bits[position >>> 6] |= 1L << position;
    }

    /** Prepares {@link #before}; call once after the last {@link #add}. */
    SkippedPositions index() {
        skippedBeforeWord = new int[bits.length];
        int skipped = 0;
        for (int word = 0; word < bits.length; word++) {
            skippedBeforeWord[word] = skipped;
            skipped += Long.bitCount(bits[word]);
        }
        return this;
    }

    /**
     * @param position a token position, {@code 0..tokenCount}
     * @return how many skipped positions are below it
     */
    int before(int position) {
        if (bits.length == 0) {
            return 0;
        }
        int word = position >>> 6;
        // (1L << position) - 1 keeps the bits below position within its word; Java shifts mod 64.
        return skippedBeforeWord[word] + Long.bitCount(bits[word] & ((1L << position) - 1));
    }
}
