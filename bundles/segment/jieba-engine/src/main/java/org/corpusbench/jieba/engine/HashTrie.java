package org.corpusbench.jieba.engine;

import java.util.Arrays;

/**
 * The dictionary's trie while it is being loaded: an open-addressing table from (node, code point)
 * to child, cheap to add to; {@link JiebaDictionary} then lays it out for reading. Not thread-safe.
 */
final class HashTrie {
    private static final long EMPTY = -1L;

    private long[] keys = new long[1 << 21];
    private int[] children = new int[keys.length];
    private long[] frequencies = new long[1 << 19];
    private int nodes = 1;

    HashTrie() {
        Arrays.fill(keys, EMPTY);
    }

    /** Sets a word's frequency, adding its nodes. */
    void put(String word, long frequency) {
        int node = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            node = childOrAdd(node, cp);
        }
        frequencies[node] = frequency;
    }

    int nodes() {
        return nodes;
    }

    long frequency(int node) {
        return frequencies[node];
    }

    /** @return every edge as {@code parent << 21 | code point}, sorted */
    long[] edges() {
        long[] edges = new long[nodes - 1];
        int n = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                edges[n++] = key;
            }
        }
        Arrays.sort(edges);
        return edges;
    }

    /** @return the child of a node along a code point, or -1 */
    int child(int node, int codePoint) {
        long key = key(node, codePoint);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == key) {
                return children[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private int childOrAdd(int node, int codePoint) {
        int existing = child(node, codePoint);
        if (existing >= 0) {
            return existing;
        }
        if (nodes * 2 > keys.length) {
            grow();
        }
        if (nodes == frequencies.length) {
            frequencies = Arrays.copyOf(frequencies, nodes * 2);
        }
        insert(key(node, codePoint), nodes);
        return nodes++;
    }

    private void insert(long key, int child) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static long key(int node, int codePoint) {
        return ((long) node << 21) | codePoint;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
