package org.corpusbench.analysis.collocates;

import java.util.function.IntUnaryOperator;

/**
 * Finds which document or sentence holds a position, for positions that mostly ascend: it gallops
 * from the span it found last, so walking a million hits in corpus order costs a few reads per hit
 * rather than a binary search over millions of sentences each time. Not thread-safe.
 */
final class SpanFinder {
    private final IntUnaryOperator starts;
    private final int count;
    private int index;

    /**
     * @param starts the first position of span {@code i}, ascending; {@code starts(count)} is the token count
     * @param count the number of spans, at least 1
     */
    SpanFinder(IntUnaryOperator starts, int count) {
        this.starts = starts;
        this.count = count;
    }

    /** @return the span {@code i} with {@code starts(i) <= position < starts(i + 1)} */
    int indexOf(int position) {
        int low;
        int high;
        if (starts.applyAsInt(index) <= position) {
            low = index;
            high = Math.min(count, index + 1);
            for (int step = 1; high < count && starts.applyAsInt(high) <= position; step <<= 1) {
                low = high;
                high = Math.min(count, low + step);
            }
        } else {
            high = index;
            low = index - 1;
            for (int step = 1; low > 0 && starts.applyAsInt(low) > position; step <<= 1) {
                high = low;
                low = Math.max(0, high - step);
            }
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (starts.applyAsInt(middle) <= position) {
                low = middle;
            } else {
                high = middle;
            }
        }
        index = low;
        return low;
    }

    /** @return the first position of span {@code i} */
    int start(int span) {
        return starts.applyAsInt(span);
    }
}
