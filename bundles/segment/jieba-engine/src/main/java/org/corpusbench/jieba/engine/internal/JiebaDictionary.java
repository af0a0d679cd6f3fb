package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Python jieba's prefix dictionary ({@code gen_pfdict}) as a trie over code points, flattened into
 * arrays so a scan allocates nothing: node 0 is the root; an open-addressing table maps (node, code
 * point) to the child node; each node knows its word's frequency (0 for a mere prefix) and
 * {@code log(frequency) - log(total)}, the number jieba's route adds up. Immutable once loaded;
 * thread-safe.
 */
final class JiebaDictionary {
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] children;
    private long[] frequencies = new long[1 << 20];
    private double[] logProbabilities;
    private int nodes = 1;
    private double logTotal;

    private JiebaDictionary() {
        keys = new long[1 << 22];
        children = new int[keys.length];
        Arrays.fill(keys, EMPTY);
    }

    /** Loads {@code word freq [tag]} lines, as jieba reads dict.txt. */
    static JiebaDictionary load(InputStream dictionary) {
        JiebaDictionary trie = new JiebaDictionary();
        long total = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split(" ");
                if (fields.length < 2) {
                    continue;
                }
                long frequency = Long.parseLong(fields[1]);
                int node = 0;
                for (int i = 0; i < fields[0].length(); ) {
                    int cp = fields[0].codePointAt(i);
                    i += Character.charCount(cp);
                    node = trie.childOrAdd(node, cp);
                }
                trie.frequencies[node] = frequency; // a later line for the same word wins, as in Python's dict
                total += frequency;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba dictionary", e);
        }
        trie.logTotal = Math.log(total);
        trie.logProbabilities = new double[trie.nodes];
        for (int node = 0; node < trie.nodes; node++) {
            trie.logProbabilities[node] = trie.frequencies[node] > 0 ? Math.log(trie.frequencies[node]) - trie.logTotal : Double.NaN;
        }
        return trie;
    }

    /** @return the child of a node along a code point, or -1 if no word continues that way */
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

    /** @return {@code log(frequency) - log(total)} of the node's word, NaN for a mere prefix */
    double logProbability(int node) {
        return logProbabilities[node];
    }

    /** @return the frequency of the word of these code points, 0 for a prefix or an unknown string */
    long frequency(int[] cps, int from, int to) {
        int node = 0;
        for (int i = from; i < to && node >= 0; i++) {
            node = child(node, cps[i]);
        }
        return node < 0 ? 0 : frequencies[node];
    }

    /** @return log of the sum of all word frequencies */
    double logTotal() {
        return logTotal;
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
        long key = key(node, codePoint);
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = nodes;
        return nodes++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                children[slot] = oldChildren[i];
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
