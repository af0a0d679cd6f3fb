package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python jieba's prefix dictionary ({@code gen_pfdict}) as a trie over code points: read into a
 * {@link HashTrie}, numbered breadth first so each node's children are consecutive and sorted, then
 * packed into a {@link DoubleArrayTrie}, where a step is two array reads instead of a hash probe into
 * a table of tens of megabytes (a cache miss per character). Each node holds
 * {@code log(frequency) - log(total)}, the number jieba's route adds up (NaN for a mere prefix).
 * Immutable once loaded; thread-safe.
 */
final class JiebaDictionary {
    private final DoubleArrayTrie trie;
    private final double logTotal;
    /** Per trie slot, 1 + the index of its word's part-of-speech tag in {@link #tagNames}, or 0 for none. */
    private final byte[] tagOfNode;
    private final String[] tagNames;

    private JiebaDictionary(HashTrie hashTrie, double logTotal, Map<String, String> wordTags) {
        this.logTotal = logTotal;
        int nodes = hashTrie.nodes();
        long[] edges = hashTrie.edges(); // (parent << 21 | code point), sorted: each parent's children in code point order
        int[] edgeStart = new int[nodes + 1];
        for (long edge : edges) {
            edgeStart[(int) (edge >>> 21) + 1]++;
        }
        for (int node = 0; node < nodes; node++) {
            edgeStart[node + 1] += edgeStart[node];
        }
        int[] oldOfNew = new int[nodes];
        int[] firstChild = new int[nodes + 1];
        int[] label = new int[nodes];
        double[] logProbabilities = new double[nodes];
        int assigned = 1;
        for (int node = 0; node < nodes; node++) { // breadth first: nodes are numbered as they are reached
            int old = oldOfNew[node];
            firstChild[node] = assigned;
            for (int e = edgeStart[old]; e < edgeStart[old + 1]; e++) {
                int codePoint = (int) (edges[e] & 0x1FFFFF);
                oldOfNew[assigned] = hashTrie.child(old, codePoint);
                label[assigned++] = codePoint;
            }
            long frequency = hashTrie.frequency(old);
            logProbabilities[node] = frequency > 0 ? Math.log(frequency) - logTotal : Double.NaN;
        }
        firstChild[nodes] = assigned;
        this.trie = new DoubleArrayTrie(firstChild, label, logProbabilities);
        List<String> names = wordTags.values().stream().distinct().sorted().toList();
        if (names.size() > 255) {
            throw new IllegalStateException("The dictionary has more than 255 part-of-speech tags");
        }
        tagNames = names.toArray(String[]::new);
        tagOfNode = new byte[trie.slots()];
        for (Map.Entry<String, String> word : wordTags.entrySet()) {
            int[] cps = word.getKey().codePoints().toArray();
            tagOfNode[node(cps, 0, cps.length)] = (byte) (1 + Arrays.binarySearch(tagNames, word.getValue()));
        }
    }

    /**
     * Loads {@code word freq [tag]} lines, as jieba reads dict.txt, and the tags as
     * {@code jieba.posseg} reads them from the same file (a later line for a word wins).
     */
    static JiebaDictionary load(InputStream dictionary) {
        HashTrie trie = new HashTrie();
        Map<String, String> tags = new HashMap<>();
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
                if (fields.length > 2) {
                    tags.put(fields[0], fields[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba dictionary", e);
        }
        return new JiebaDictionary(trie, Math.log(total), tags);
    }

    /** @return the child of a node along a code point, or -1 if no word continues that way; the root is 0 */
    int child(int node, int codePoint) {
        return trie.child(node, codePoint);
    }

    /** @return {@code log(frequency) - log(total)} of the node's word, NaN for a mere prefix */
    double logProbability(int node) {
        return trie.logProbability(node);
    }

    /** @return whether these code points are a word with a positive frequency (not a mere prefix) */
    boolean isWord(int[] cps, int from, int to) {
        int node = node(cps, from, to);
        return node > 0 && !Double.isNaN(trie.logProbability(node));
    }

    /** @return the part-of-speech tag the dictionary gives these code points, or null */
    String tag(int[] cps, int from, int to) {
        int node = node(cps, from, to);
        return node > 0 && tagOfNode[node] != 0 ? tagNames[tagOfNode[node] - 1] : null;
    }

    /** @return the node these code points lead to from the root, or -1 */
    private int node(int[] cps, int from, int to) {
        int node = 0;
        for (int i = from; i < to && node >= 0; i++) {
            node = child(node, cps[i]);
        }
        return node;
    }

    /** @return log of the sum of all word frequencies */
    double logTotal() {
        return logTotal;
    }
}
