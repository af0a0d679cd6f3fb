package org.corpusbench.analysis.ngrams;

/**
 * A count-min sketch (Cormode &amp; Muthukrishnan 2005) with conservative update (Estan &amp;
 * Varghese 2002), blocked so that one key's counters share one 64-byte block and an update costs
 * one cache miss: each key picks a block and three byte counters in it. Counters saturate at a cap
 * of at most 255. An estimate never falls below the true count (capped), so a key whose estimate
 * is below the cap was seen fewer times than the cap and can be left out safely. Not thread-safe.
 */
final class CountMinSketch {
    private static final int BLOCK = 64;
    private final byte[] counters;
    private final long blocks;
    private final int cap;

    /**
     * @param bytes about the bytes to take, at least one block
     * @param cap the count at which counters stop growing, 1 to 255
     */
    CountMinSketch(long bytes, int cap) {
        this.blocks = Math.max(1, Math.min(bytes, Integer.MAX_VALUE - BLOCK) / BLOCK);
        this.counters = new byte[(int) (blocks * BLOCK)];
        this.cap = cap;
    }

    /** @return the bytes taken */
    long bytes() {
        return counters.length;
    }

    /** @param hash a well-mixed hash of the key */
    void add(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        int base = base(mixed);
        int a = base + (int) (mixed & 63);
        int b = base + (int) (mixed >>> 6 & 63);
        int c = base + (int) (mixed >>> 12 & 63);
        int countA = counters[a] & 0xFF;
        int countB = counters[b] & 0xFF;
        int countC = counters[c] & 0xFF;
        int least = Math.min(countA, Math.min(countB, countC));
        if (least >= cap) {
            return;
        }
        // conservative update: only the counters at the minimum can be the key's own count
        byte next = (byte) (least + 1);
        if (countA == least) {
            counters[a] = next;
        }
        if (countB == least) {
            counters[b] = next;
        }
        if (countC == least) {
            counters[c] = next;
        }
    }

    /**
     * @param hash a well-mixed hash of the key
     * @return at least the number of times the key was added, or the cap if that is smaller
     */
    int estimate(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        int base = base(mixed);
        int countA = counters[base + (int) (mixed & 63)] & 0xFF;
        int countB = counters[base + (int) (mixed >>> 6 & 63)] & 0xFF;
        int countC = counters[base + (int) (mixed >>> 12 & 63)] & 0xFF;
        return Math.min(countA, Math.min(countB, countC));
    }

    /**
     * Reads the block of each hash, so that the processor fetches them together before they are
     * used one by one.
     *
     * @return a value that depends on the reads, so that they are not optimised away
     */
    int touch(long[] hashes, int count) {
        int seen = 0;
        for (int i = 0; i < count; i++) {
            seen += counters[base(hashes[i] * 0x9E3779B97F4A7C15L)];
        }
        return seen;
    }

    /** As {@link #touch(long[], int)} for the hashes at the given indices. */
    int touch(long[] hashes, int[] indices, int count) {
        int seen = 0;
        for (int i = 0; i < count; i++) {
            seen += counters[base(hashes[indices[i]] * 0x9E3779B97F4A7C15L)];
        }
        return seen;
    }

    /**
     * Adds a batch of keys.
     *
     * @return what {@link #touch} read, to be kept by the caller
     */
    int addAll(long[] hashes, int count) {
        int seen = touch(hashes, count);
        for (int i = 0; i < count; i++) {
            add(hashes[i]);
        }
        return seen;
    }

    /** The block from the high 32 bits, by multiply-shift range reduction, so any block count works. */
    private int base(long mixed) {
        return (int) (((mixed >>> 32) * blocks) >>> 32) * BLOCK;
    }
}
