package org.corpusbench.analysis.concordance;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of indices by non-negative int keys, 11 bits a
 * digit (2,048 counters fit in the L1 cache), as many digits as the largest key needs: ranks of a
 * million types take two passes over the indices, and nothing is compared.
 */
final class RadixSort {
    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;

    private RadixSort() {
    }

    /**
     * @param order indices into {@code keys}, in their current order (left unchanged, or reused as scratch)
     * @param keys a non-negative key per index
     * @param scratch an array as long as {@code order}, used as scratch
     * @return the indices ordered by key, equal keys in their order before; {@code order} or {@code scratch}
     */
    static int[] stableByKey(int[] order, int[] keys, int[] scratch) {
        int largest = 0;
        for (int key : keys) {
            largest = Math.max(largest, key);
        }
        int[] from = order;
        int[] to = scratch;
        int[] counts = new int[RADIX + 1];
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(largest);
        for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (int index : from) {
                counts[(keys[index] >>> shift & (RADIX - 1)) + 1]++;
            }
            for (int digit = 0; digit < RADIX; digit++) {
                counts[digit + 1] += counts[digit];
            }
            for (int index : from) {
                to[counts[keys[index] >>> shift & (RADIX - 1)]++] = index;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }
}
