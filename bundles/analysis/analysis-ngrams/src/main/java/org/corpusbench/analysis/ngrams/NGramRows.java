package org.corpusbench.analysis.ngrams;

import java.util.Arrays;

/**
 * The n-grams that passed the minimum count and range, in growable primitive arrays (16 bytes
 * per bigram row, plus 8 for sorting), ordered by count, descending, then by their components
 * ascending (type ranks, so code-point order token by token, or code points). Not thread-safe.
 */
final class NGramRows {
    private final int words;
    private long[] keys;
    private int[] counts;
    private int[] ranges;
    private int size;

    NGramRows(int words) {
        this.words = words;
        keys = new long[16 * words];
        counts = new int[16];
        ranges = new int[16];
    }

    void add(long[] from, int offset, int count, int range) {
        if (size == counts.length) {
            int capacity = Math.addExact(size, size >> 1);
            keys = Arrays.copyOf(keys, Math.multiplyExact(capacity, words));
            counts = Arrays.copyOf(counts, capacity);
            ranges = Arrays.copyOf(ranges, capacity);
        }
        System.arraycopy(from, offset, keys, size * words, words);
        counts[size] = count;
        ranges[size] = range;
        size++;
    }

    int size() {
        return size;
    }

    long[] keys() {
        return keys;
    }

    int count(int row) {
        return counts[row];
    }

    int range(int row) {
        return ranges[row];
    }

    /** @return the row indices in output order */
    int[] order() {
        int[] order = new int[size];
        Arrays.setAll(order, row -> row);
        IndexSort.sort(order, this::compare);
        return order;
    }

    private int compare(int a, int b) {
        int byCount = Integer.compare(counts[b], counts[a]);
        if (byCount != 0) {
            return byCount;
        }
        for (int word = 0; word < words; word++) {
            int byKey = Long.compare(keys[a * words + word], keys[b * words + word]);
            if (byKey != 0) {
                return byKey;
            }
        }
        return 0;
    }
}
