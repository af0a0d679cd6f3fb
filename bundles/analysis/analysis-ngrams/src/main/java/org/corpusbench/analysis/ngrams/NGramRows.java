package org.corpusbench.analysis.ngrams;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Appends the rows of {@code parts}, in order; the parts are unusable afterwards. The arrays are grown to the
     * exact total one at a time, each part's array dropped once copied, so the merge holds at most
     * one extra copy of the largest array (the keys) besides the rows.
     */
    void appendAll(List<NGramRows> parts) {
        int total = size;
        for (NGramRows part : parts) {
            total = Math.addExact(total, part.size);
        }
        if (total == size) {
            return;
        }
        keys = total * words > keys.length ? Arrays.copyOf(keys, Math.multiplyExact(total, words)) : keys;
        int at = size;
        for (NGramRows part : parts) {
            System.arraycopy(part.keys, 0, keys, at * words, part.size * words);
            at += part.size;
            part.keys = null;
        }
        counts = total > counts.length ? Arrays.copyOf(counts, total) : counts;
        at = size;
        for (NGramRows part : parts) {
            System.arraycopy(part.counts, 0, counts, at, part.size);
            at += part.size;
            part.counts = null;
        }
        ranges = total > ranges.length ? Arrays.copyOf(ranges, total) : ranges;
        at = size;
        for (NGramRows part : parts) {
            System.arraycopy(part.ranges, 0, ranges, at, part.size);
            at += part.size;
            part.ranges = null;
            part.size = 0;
        }
        size = total;
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
        IntArrays.mergeSort(order, this::compare);
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
