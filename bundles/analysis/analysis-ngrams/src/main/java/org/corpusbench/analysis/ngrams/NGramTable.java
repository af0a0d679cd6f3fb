package org.corpusbench.analysis.ngrams;

/**
 * Counts packed n-gram keys in an open-addressing hash table with linear probing, so no object per
 * n-gram. A slot is {@code words + 1} longs in one array, the key and then the count (high 32 bits)
 * with the last document seen (low 32 bits), so counting an occurrence touches one place; the
 * range (documents) sits in a side array, written once per key and document. Occurrences arrive in
 * document order, so a key's range grows when its last document changes. The table grows by
 * doubling up to a fixed capacity and refuses a new key beyond 3/4 of it, so the caller can count
 * in several passes instead of running out of memory. Not thread-safe.
 */
final class NGramTable {
    private static final int INITIAL_CAPACITY = 1 << 10;
    private final int words;
    private final int stride;
    private final int maxCapacity;
    private long[] slots;
    private int[] ranges;
    private int mask;
    private int size;
    private final int[] pending = new int[WindowBatch.SIZE];
    /** Sums what {@link #touch} reads, so that the reads are kept. */
    private long touched;

    /**
     * @param words longs per key
     * @param maxCapacity the most slots, a power of two
     */
    NGramTable(int words, int maxCapacity) {
        this.words = words;
        this.stride = words + 1;
        this.maxCapacity = maxCapacity;
        allocate(Math.min(INITIAL_CAPACITY, maxCapacity));
    }

    /** @return the bytes one slot takes */
    static int slotBytes(int words) {
        return 8 * words + 12;
    }

    /**
     * Counts an occurrence of a key already in the table; adds a new key only if the sketch, when
     * there is one, estimates it may reach the threshold.
     *
     * @param key a packed key whose first long is not 0
     * @param hash its {@link #hash}
     * @param document the document it occurs in; calls come in document order
     * @param sketch estimates of every key's count, or null to add every key
     * @param threshold the least estimate for which a new key is added
     * @return false if the key is new, wanted and the table is full; nothing is counted then
     */
    boolean add(long[] key, long hash, int document, CountMinSketch sketch, int threshold) {
        return add(key, 0, hash, document, sketch, threshold);
    }

    /**
     * Counts a batch of occurrences as {@link #add} does one by one, those of keys already in the
     * table first: a key is either in the table for all its occurrences of the batch or for none,
     * so each key still sees its occurrences in document order.
     *
     * @param keys {@code count} keys
     * @param hashes their hashes
     * @param documents their documents
     * @param count how many
     * @param shift with {@code wanted}: only keys whose hash shifted right by it equals
     *            {@code wanted} are counted; a shift of 64 counts every key
     * @param wanted see shift
     * @param sketch as in {@link #add}
     * @param threshold as in {@link #add}
     * @return false if a wanted new key did not fit
     */
    boolean addBatch(long[] keys, long[] hashes, int[] documents, int count, int shift, int wanted, CountMinSketch sketch,
            int threshold) {
        touched += touch(hashes, count);
        int waiting = 0;
        for (int i = 0; i < count; i++) {
            long hash = hashes[i];
            if (shift < 64 && (int) (hash >>> shift) != wanted) {
                continue;
            }
            int slot = find(keys, i * words, hash);
            if (slots[slot * stride] != 0) {
                countAt(slot, documents[i]);
            } else {
                pending[waiting++] = i;
            }
        }
        if (sketch != null) {
            touched += sketch.touch(hashes, pending, waiting);
        }
        for (int p = 0; p < waiting; p++) {
            int i = pending[p];
            if (!add(keys, i * words, hashes[i], documents[i], sketch, threshold)) {
                return false;
            }
        }
        return true;
    }

    private boolean add(long[] key, int offset, long hash, int document, CountMinSketch sketch, int threshold) {
        int slot = find(key, offset, hash);
        int base = slot * stride;
        if (slots[base] == 0) {
            if (sketch != null && sketch.estimate(hash) < threshold) {
                return true;
            }
            if (size + 1 > (mask + 1) / 4 * 3) {
                if (mask + 1 >= maxCapacity) {
                    return false;
                }
                grow();
                slot = find(key, offset, hash);
                base = slot * stride;
            }
            System.arraycopy(key, offset, slots, base, words);
            slots[base + words] = 0xFFFF_FFFFL; // count 0, no document yet
            size++;
        }
        countAt(slot, document);
        return true;
    }

    private void countAt(int slot, int document) {
        int base = slot * stride;
        long state = slots[base + words];
        if ((int) state != document) {
            ranges[slot]++;
        }
        slots[base + words] = (state & 0xFFFF_FFFF_0000_0000L) + (1L << 32) | (document & 0xFFFF_FFFFL);
    }

    /**
     * Reads the home slot of each hash, so that the processor fetches them together before they
     * are used one by one.
     *
     * @return a value that depends on the reads, so that they are not optimised away
     */
    long touch(long[] hashes, int count) {
        long seen = 0;
        for (int i = 0; i < count; i++) {
            seen += slots[((int) hashes[i] & mask) * stride];
        }
        return seen;
    }

    /**
     * Appends the keys seen at least {@code minCount} times in at least {@code minRange} documents.
     *
     * @param rows receives them
     * @param minCount the least count
     * @param minRange the least range
     */
    void harvest(NGramRows rows, long minCount, long minRange) {
        for (int slot = 0; slot <= mask; slot++) {
            int base = slot * stride;
            int count = (int) (slots[base + words] >>> 32);
            if (slots[base] != 0 && count >= minCount && ranges[slot] >= minRange) {
                rows.add(slots, base, count, ranges[slot]);
            }
        }
    }

    /** Forgets every key and shrinks back, so the next pass starts small. */
    void clear() {
        allocate(Math.min(INITIAL_CAPACITY, maxCapacity));
    }

    /**
     * @param key a packed key
     * @param words longs in it
     * @return a well-mixed hash (MurmurHash3's 64-bit finaliser over the longs)
     */
    static long hash(long[] key, int words) {
        long h = 0x9E3779B97F4A7C15L;
        for (int word = 0; word < words; word++) {
            h = (h ^ key[word]) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
        }
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    private int find(long[] key, int offset, long hash) {
        int slot = (int) hash & mask;
        while (slots[slot * stride] != 0 && !sameKey(slot, key, offset)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameKey(int slot, long[] key, int offset) {
        int base = slot * stride;
        for (int word = 0; word < words; word++) {
            if (slots[base + word] != key[offset + word]) {
                return false;
            }
        }
        return true;
    }

    private void allocate(int capacity) {
        slots = new long[capacity * stride];
        ranges = new int[capacity];
        mask = capacity - 1;
        size = 0;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldRanges = ranges;
        allocate(2 * oldRanges.length);
        long[] key = new long[words];
        for (int slot = 0; slot < oldRanges.length; slot++) {
            int oldBase = slot * stride;
            if (oldSlots[oldBase] != 0) {
                System.arraycopy(oldSlots, oldBase, key, 0, words);
                int target = find(key, 0, hash(key, words));
                System.arraycopy(oldSlots, oldBase, slots, target * stride, stride);
                ranges[target] = oldRanges[slot];
                size++;
            }
        }
    }
}
