package org.corpusbench.analysis.ngrams;

/**
 * Packs the n components of an n-gram (type ranks or code points, each plus one so that no
 * component is 0) into as few longs as hold them, first component in the highest bits. Every long
 * uses at most 63 bits, so comparing packed keys long by long as signed numbers orders n-grams by
 * their components, which is why ranks are packed and not type ids. With 1.6M types (21 bits) a
 * bigram or trigram takes one long, a 4- to 6-gram two.
 */
final class KeyLayout {
    private final int n;
    private final int bits;
    private final int perLong;
    private final int words;

    /**
     * @param n components per key
     * @param maxComponent the largest component value
     */
    KeyLayout(int n, int maxComponent) {
        this.n = n;
        this.bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxComponent));
        this.perLong = 63 / bits;
        this.words = (n + perLong - 1) / perLong;
    }

    /** @return bits per component */
    int bits() {
        return bits;
    }

    /** @return longs per key */
    int words() {
        return words;
    }

    /**
     * @param ring the last n components, oldest at {@code head}
     * @param head the index of the oldest component in the ring
     * @param key receives the packed key
     */
    void pack(int[] ring, int head, long[] key) {
        for (int word = 0; word < words; word++) {
            long packed = 0;
            int last = Math.min(n, (word + 1) * perLong);
            for (int i = word * perLong; i < last; i++) {
                int index = head + i;
                packed = packed << bits | ring[index >= n ? index - n : index];
            }
            key[word] = packed;
        }
    }

    /**
     * @param keys packed keys, {@link #words()} longs each
     * @param row which key
     * @param i which component, {@code 0..n-1}
     * @return the component
     */
    int component(long[] keys, long row, int i) {
        int word = i / perLong;
        int inWord = Math.min(perLong, n - word * perLong);
        int shift = (inWord - 1 - i % perLong) * bits;
        return (int) (keys[(int) (row * words + word)] >>> shift & ((1L << bits) - 1));
    }
}
