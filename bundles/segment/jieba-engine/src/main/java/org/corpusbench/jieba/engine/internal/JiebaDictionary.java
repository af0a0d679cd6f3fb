package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Python jieba's prefix dictionary ({@code gen_pfdict}) as a trie over code points, laid out in
 * breadth-first order so that each node's children are consecutive nodes sorted by code point: a
 * step is a binary search in a few neighbouring array cells instead of a hash probe into a table of
 * tens of megabytes (a cache miss per character). The root's children, where every walk starts, are
 * found by a table indexed by the code point. Each node holds {@code log(frequency) - log(total)},
 * the number jieba's route adds up (NaN for a mere prefix). Immutable once loaded; thread-safe.
 */
final class JiebaDictionary {
    private static final int BMP = 0x10000;

    /** The root's child for each BMP code point, -1 where no word starts with it. */
    private final int[] rootChildren = new int[BMP];
    /** The children of node n are the nodes firstChild[n] to firstChild[n + 1] - 1. */
    private final int[] firstChild;
    /** The code point that leads to each node. */
    private final int[] label;
    private final double[] logProbabilities;
    private final double logTotal;

    private JiebaDictionary(HashTrie trie, double logTotal) {
        this.logTotal = logTotal;
        int nodes = trie.nodes();
        long[] edges = trie.edges(); // (parent << 21 | code point), sorted: each parent's children in code point order
        int[] edgeStart = new int[nodes + 1];
        for (long edge : edges) {
            edgeStart[(int) (edge >>> 21) + 1]++;
        }
        for (int node = 0; node < nodes; node++) {
            edgeStart[node + 1] += edgeStart[node];
        }
        int[] oldOfNew = new int[nodes];
        firstChild = new int[nodes + 1];
        label = new int[nodes];
        logProbabilities = new double[nodes];
        int assigned = 1;
        for (int node = 0; node < nodes; node++) { // breadth first: nodes are numbered as they are reached
            int old = oldOfNew[node];
            firstChild[node] = assigned;
            for (int e = edgeStart[old]; e < edgeStart[old + 1]; e++) {
                int codePoint = (int) (edges[e] & 0x1FFFFF);
                oldOfNew[assigned] = trie.child(old, codePoint);
                label[assigned++] = codePoint;
            }
            long frequency = trie.frequency(old);
            logProbabilities[node] = frequency > 0 ? Math.log(frequency) - logTotal : Double.NaN;
        }
        firstChild[nodes] = assigned;
        Arrays.fill(rootChildren, -1);
        for (int child = firstChild[0]; child < firstChild[1]; child++) {
            if (label[child] < BMP) {
                rootChildren[label[child]] = child;
            }
        }
    }

    /** Loads {@code word freq [tag]} lines, as jieba reads dict.txt. */
    static JiebaDictionary load(InputStream dictionary) {
        HashTrie trie = new HashTrie();
        long total = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dictionary, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split(" ");
                if (fields.length < 2) {
                    continue;
                }
                long frequency = Long.parseLong(fields[1]);
                trie.put(fields[0], frequency); // a later line for the same word wins, as in Python's dict
                total += frequency;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba dictionary", e);
        }
        return new JiebaDictionary(trie, Math.log(total));
    }

    /** @return the child of a node along a code point, or -1 if no word continues that way */
    int child(int node, int codePoint) {
        if (node == 0 && codePoint < BMP) {
            return rootChildren[codePoint];
        }
        // The last child whose code point is not above the one sought, by halving without a branch to mispredict.
        int base = firstChild[node];
        int length = firstChild[node + 1] - base;
        if (length == 0) {
            return -1;
        }
        while (length > 1) {
            int half = length >>> 1;
            base = label[base + half] <= codePoint ? base + half : base;
            length -= half;
        }
        return label[base] == codePoint ? base : -1;
    }

    /** @return {@code log(frequency) - log(total)} of the node's word, NaN for a mere prefix */
    double logProbability(int node) {
        return logProbabilities[node];
    }

    /** @return whether these code points are a word with a positive frequency (not a mere prefix) */
    boolean isWord(int[] cps, int from, int to) {
        int node = 0;
        for (int i = from; i < to && node >= 0; i++) {
            node = child(node, cps[i]);
        }
        return node > 0 && !Double.isNaN(logProbabilities[node]);
    }

    /** @return log of the sum of all word frequencies */
    double logTotal() {
        return logTotal;
    }
}
