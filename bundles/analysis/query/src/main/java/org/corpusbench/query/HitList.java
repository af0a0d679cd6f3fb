package org.corpusbench.query;

import java.util.Arrays;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.query.Hits;

/**
 * Hits collected in corpus order into two growing int arrays, refusing more than a maximum before the
 * arrays outgrow it. Not thread-safe.
 */
final class HitList {

    private final int maxHits;
    private int[] starts;
    private int[] ends;
    private int size;

    /**
     * @param expected how many hits to make room for at first (capped at {@code maxHits})
     * @param maxHits  the most hits a query may have
     */
    HitList(long expected, int maxHits) {
        this.maxHits = maxHits;
        int capacity = (int) Math.max(1, Math.min(maxHits, Math.max(16, expected)));
        starts = new int[capacity];
        ends = new int[capacity];
    }

    /** @throws CorpusException if the query has more hits than the maximum */
    static void requireAtMost(long hits, int maxHits) {
        if (hits > maxHits) {
            throw new CorpusException("The query has more than " + maxHits + " hits; narrow the query or the selection");
        }
    }

    void add(int start, int end) {
        if (size == starts.length) {
            requireAtMost(size + 1L, maxHits);
            int capacity = (int) Math.min(maxHits, Math.max(16, 2L * size));
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    Hits toHits() {
        return new Hits(size == starts.length ? starts : Arrays.copyOf(starts, size),
                size == ends.length ? ends : Arrays.copyOf(ends, size));
    }
}
