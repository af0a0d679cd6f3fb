package org.corpusbench.api.query;

import java.util.Arrays;

/**
 * The matches of a query in corpus order: hit {@code i} covers the token positions
 * {@code start(i)..end(i)-1}. Two ints per hit and nothing else, so a million hits take 8 MB.
 * Immutable.
 */
public final class Hits {
    /** No hits. */
    public static final Hits NONE = new Hits(new int[0], new int[0]);
    private final int[] starts;
    private final int[] ends;

    /**
     * @param starts the first position of each hit, ascending (ties by end)
     * @param ends the position just after each hit; the arrays are kept, not copied
     */
    public Hits(int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** @return the number of hits */
    public int size() {
        return starts.length;
    }

    /**
     * @param hit a hit index
     * @return its first token position
     */
    public int start(int hit) {
        return starts[hit];
    }

    /**
     * @param hit a hit index
     * @return the position just after its last token
     */
    public int end(int hit) {
        return ends[hit];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hits hits && Arrays.equals(starts, hits.starts) && Arrays.equals(ends, hits.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Hits[");
        for (int i = 0; i < Math.min(size(), 20); i++) {
            text.append(i == 0 ? "" : ", ").append(starts[i]).append('-').append(ends[i]);
        }
        return text.append(size() > 20 ? ", ... " + size() + " in all]" : "]").toString();
    }
}
