package org.corpusbench.analysis.frequency;

import java.nio.IntBuffer;

/**
 * Exponential then binary search in a posting list, starting from where the last search ended:
 * cheap both for a short jump and for skipping a long run of postings outside the selection.
 */
final class Gallop {
    private Gallop() {
    }

    /**
     * @param ascending sorted values, read with absolute gets
     * @param from the first index to consider
     * @param to the index after the last to consider
     * @param key the value looked for
     * @return the least index in {@code from..to-1} whose value is at least key, or {@code to}
     */
    static int firstAtLeast(IntBuffer ascending, int from, int to, int key) {
        if (from >= to || ascending.get(from) >= key) {
            return from;
        }
        int low = from;
        int step = 1;
        while (low + step < to && ascending.get(low + step) < key) {
            low += step;
            step <<= 1;
        }
        int high = Math.min(low + step, to);
        // ascending[low] < key, and high is to or a value at least key
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (ascending.get(middle) < key) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }
}
