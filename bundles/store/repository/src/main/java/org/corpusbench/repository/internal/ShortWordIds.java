package org.corpusbench.repository.internal;

/**
 * One thread's copy of the lexicon ids of the short words it has looked up: a word of up to four
 * chars is packed into a long, and an open-addressing table of such keys with
 * their ids side by side finds one with a single cache miss at most, where the shared
 * {@code ConcurrentHashMap} reads its table, an entry, the entry's key and the key's chars. Most
 * tokens of Chinese text are such words. The table stops growing at {@value #MOST_SLOTS} slots;
 * words it has no room for are looked up in the shared map as before. Not thread-safe.
 */
final class ShortWordIds {
    /** What {@link #get} returns for a word this table does not hold. */
    static final int ABSENT = -1;
    private static final int FIRST_SLOTS = 1 << 12;
    private static final int MOST_SLOTS = 1 << 18;
    /** Key of slot s at 2s (0: empty, since a packed key holds a length of at least 1), its id at 2s + 1. */
    private long[] slots = new long[2 * FIRST_SLOTS];
    private int size;

    /**
     * @return the word's chars in one long, never 0: up to three chars below their length (so the top
     *     16 bits are 0 or, for three chars, 3), four chars alone when the first is above U+0003 (so
     *     the top 16 bits, that char, tell them apart); 0 for any other word
     */
    static long key(String word) {
        int length = word.length();
        if (length == 0 || length > 4 || length == 4 && word.charAt(0) <= 3) {
            return 0;
        }
        long key = length == 4 ? 0 : length;
        for (int i = 0; i < length; i++) {
            key = key << 16 | word.charAt(i);
        }
        return key;
    }

    /** @return the id put for the key, or {@link #ABSENT} */
    int get(long key) {
        int mask = slots.length / 2 - 1;
        for (int slot = slot(key, mask); ; slot = slot + 1 & mask) {
            long found = slots[2 * slot];
            if (found == key) {
                return (int) slots[2 * slot + 1];
            }
            if (found == 0) {
                return ABSENT;
            }
        }
    }

    /** Remembers the id of a key that {@link #get} did not find, if there is room. */
    void put(long key, int id) {
        if (2 * (size + 1) > slots.length / 2) {
            if (slots.length / 2 == MOST_SLOTS) {
                return;
            }
            grow();
        }
        insert(slots, key, id);
        size++;
    }

    private void grow() {
        long[] larger = new long[2 * slots.length];
        for (int slot = 0; slot < slots.length; slot += 2) {
            if (slots[slot] != 0) {
                insert(larger, slots[slot], (int) slots[slot + 1]);
            }
        }
        slots = larger;
    }

    private static void insert(long[] table, long key, int id) {
        int mask = table.length / 2 - 1;
        int slot = slot(key, mask);
        while (table[2 * slot] != 0) {
            slot = slot + 1 & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = id;
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
