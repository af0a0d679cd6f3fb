package org.corpusbench.analysis.ngrams;

/**
 * Counts packed n-gram keys in an open-addressing hash table with linear probing, in parallel
 * primitive arrays: per slot {@code 8 * words} bytes of key, then count, range and the last
 * document seen (4 bytes each), so no object per n-gram. Range counts documents: occurrences
 * arrive in document order, so a key's range grows when its last document changes. The table
 * grows by doubling up to a fixed capacity and refuses a new key beyond 3/4 of it, so the caller
 * can count in several passes instead of running out of memory. Not thread-safe.
 */
final class NGramTable {
    private static final int INITIAL_CAPACITY = 1 << 10;
    private final int words;
    private final int maxCapacity;
    private long[] keys;
    private int[] counts;
    private int[] ranges;
    private int[] lastDocuments;
    private int mask;
    private int size;

    /**
     * @param words longs per key
     * @param maxCapacity the most slots, a power of two
     */
    NGramTable(int words, int maxCapacity) {
        this.words = words;
        this.maxCapacity = maxCapacity;
        allocate(Math.min(INITIAL_CAPACITY, maxCapacity));
    }

    /** @return the bytes one slot takes */
    static int slotBytes(int words) {
        return 8 * words + 12;
    }

    /**
     * @param key a packed key whose first long is not 0
     * @param hash its {@link #hash}
     * @param document the document it occurs in; calls come in document order
     * @return false if the key is new and the table is full; nothing is counted then
     */
    boolean add(long[] key, long hash, int document) {
        int slot = find(key, hash);
        if (keys[slot * words] == 0) {
            if (size + 1 > (mask + 1) / 4 * 3) {
                if (mask + 1 >= maxCapacity) {
                    return false;
                }
                grow();
                slot = find(key, hash);
            }
            System.arraycopy(key, 0, keys, slot * words, words);
            lastDocuments[slot] = -1;
            size++;
        }
        counts[slot]++;
        if (lastDocuments[slot] != document) {
            lastDocuments[slot] = document;
            ranges[slot]++;
        }
        return true;
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
            if (keys[slot * words] != 0 && counts[slot] >= minCount && ranges[slot] >= minRange) {
                rows.add(keys, slot * words, counts[slot], ranges[slot]);
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

    private int find(long[] key, long hash) {
        int slot = (int) hash & mask;
        while (keys[slot * words] != 0 && !sameKey(slot, key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameKey(int slot, long[] key) {
        int base = slot * words;
        for (int word = 0; word < words; word++) {
            if (keys[base + word] != key[word]) {
                return false;
            }
        }
        return true;
    }

    private void allocate(int capacity) {
        keys = new long[capacity * words];
        counts = new int[capacity];
        ranges = new int[capacity];
        lastDocuments = new int[capacity];
        mask = capacity - 1;
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        int[] oldRanges = ranges;
        int[] oldLast = lastDocuments;
        allocate(2 * oldCounts.length);
        long[] key = new long[words];
        for (int slot = 0; slot < oldCounts.length; slot++) {
            if (oldKeys[slot * words] != 0) {
                System.arraycopy(oldKeys, slot * words, key, 0, words);
                int target = find(key, hash(key, words));
                System.arraycopy(key, 0, keys, target * words, words);
                counts[target] = oldCounts[slot];
                ranges[target] = oldRanges[slot];
                lastDocuments[target] = oldLast[slot];
                size++;
            }
        }
    }
}
