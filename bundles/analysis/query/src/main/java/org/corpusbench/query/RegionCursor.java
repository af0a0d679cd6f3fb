package org.corpusbench.query;

import java.util.function.IntUnaryOperator;

/**
 * Finds the region (document or sentence) holding each of a rising series of positions, by galloping from
 * the last one: cheap for dense hits, logarithmic across the gaps between rare ones. Not thread-safe.
 */
final class RegionCursor {

    private final IntUnaryOperator startOf;
    private final int count;
    private int index;

    /**
     * @param startOf first position of region i; {@code startOf(count)} is the end of the last region
     * @param count   number of regions
     */
    RegionCursor(IntUnaryOperator startOf, int count) {
        this.startOf = startOf;
        this.count = count;
    }

    /**
     * @param position a token position, not below the one of the previous call
     * @return the index of the region holding it
     */
    int moveTo(int position) {
        if (startOf.applyAsInt(index + 1) > position) {
            return index;
        }
        int low = index + 1;
        int step = 1;
        int high = low + 1;
        while (high < count && startOf.applyAsInt(high) <= position) {
            low = high;
            step <<= 1;
            high = low + step;
        }
        high = Math.min(high, count);
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (startOf.applyAsInt(middle) <= position) {
                low = middle;
            } else {
                high = middle;
            }
        }
        index = low;
        return index;
    }

    int start() {
        return startOf.applyAsInt(index);
    }

    int end() {
        return startOf.applyAsInt(index + 1);
    }
}
