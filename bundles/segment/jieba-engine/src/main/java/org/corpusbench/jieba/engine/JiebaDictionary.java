package org.corpusbench.jieba.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    /** finalseg's Force_Split_Words: words once added with frequency 0, which the HMM's output splits into characters. */
    private final Set<String> forceSplit;
    /** What the user words made of each: all that can differ between two dictionaries besides the total. */
    private final Map<String, UserEntry> userEntries;

    /** A user word as the dictionary ends up holding it. */
    record UserEntry(long frequency, String tag, boolean forcedSplit) {
    }

    private JiebaDictionary(HashTrie hashTrie, double logTotal, Map<String, String> wordTags, Set<String> forceSplit,
            Map<String, UserEntry> userEntries) {
        this.logTotal = logTotal;
        this.forceSplit = Set.copyOf(forceSplit);
        this.userEntries = Map.copyOf(userEntries);
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
        return load(dictionary, List.of());
    }

    /**
     * Loads dict.txt, then adds the user words in order as jieba's {@code add_word} does: the
     * frequency replaces the word's and is added to the total (so a word given twice counts twice
     * there, as in Python); a missing one is {@code suggest_freq(word)} on the dictionary as it
     * stands at that line; a tag replaces the word's; frequency 0 removes the word and makes the
     * HMM split it.
     */
    static JiebaDictionary load(InputStream dictionary, List<UserWords.UserWord> userWords) {
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
        Set<String> forceSplit = new HashSet<>();
        for (UserWords.UserWord user : userWords) {
            long frequency = user.frequency() != null ? user.frequency() : suggestedFrequency(trie, total, user.word());
            trie.put(user.word(), frequency);
            total += frequency;
            if (user.tag() != null) {
                tags.put(user.word(), user.tag());
            }
            if (frequency == 0) {
                forceSplit.add(user.word());
            }
        }
        Map<String, UserEntry> userEntries = new HashMap<>();
        for (UserWords.UserWord user : userWords) {
            int[] cps = user.word().codePoints().toArray();
            int node = 0;
            for (int i = 0; i < cps.length && node >= 0; i++) {
                node = trie.child(node, cps[i]);
            }
            userEntries.put(user.word(), new UserEntry(trie.frequency(node), tags.get(user.word()), forceSplit.contains(user.word())));
        }
        return new JiebaDictionary(trie, Math.log(total), tags, forceSplit, userEntries);
    }

    /**
     * jieba's {@code suggest_freq(word)}: the product of {@code FREQ.get(piece, 1) / total} over the
     * pieces {@code cut(word, HMM=False)} gives, times the total, truncated, plus one; at least the
     * word's own frequency (1 if it has none).
     */
    private static long suggestedFrequency(HashTrie trie, long total, String word) {
        double totalAsDouble = total;
        double product = 1;
        for (String piece : cutWithoutHmm(trie, total, word)) {
            product *= frequencyOr(trie, piece, 1) / totalAsDouble;
        }
        return Math.max((long) (product * total) + 1, frequencyOr(trie, word, 1));
    }

    /** @return {@code FREQ.get(word, fallback)}: the frequency of a word or prefix (0), or the fallback if neither */
    private static long frequencyOr(HashTrie trie, String word, long fallback) {
        int node = 0;
        for (int i = 0; i < word.length() && node >= 0; ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            node = trie.child(node, cp);
        }
        return node > 0 ? trie.frequency(node) : fallback;
    }

    /**
     * {@code jieba.cut(word, HMM=False)} on the dictionary being built, for {@link #suggestedFrequency}:
     * {@link JiebaEngine}'s cut without HMM, on raw frequencies and the running total instead of a
     * finished trie.
     */
    private static List<String> cutWithoutHmm(HashTrie trie, long total, String word) {
        int[] cps = word.codePoints().toArray();
        List<String> pieces = new ArrayList<>();
        double logTotal = Math.log(total);
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (!JiebaEngine.isHanDefault(cps[i])) {
                i += cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n' ? 2 : 1;
                pieces.add(new String(cps, start, i - start));
                continue;
            }
            while (i < cps.length && JiebaEngine.isHanDefault(cps[i])) {
                i++;
            }
            int[] next = route(trie, logTotal, cps, start, i);
            int bufferStart = -1;
            for (int x = 0; x < i - start; ) {
                int y = next[x] + 1;
                if (y - x == 1 && JiebaEngine.isAsciiLetterOrDigit(cps[start + x])) {
                    bufferStart = bufferStart < 0 ? start + x : bufferStart;
                } else {
                    if (bufferStart >= 0) {
                        pieces.add(new String(cps, bufferStart, start + x - bufferStart));
                        bufferStart = -1;
                    }
                    pieces.add(new String(cps, start + x, y - x));
                }
                x = y;
            }
            if (bufferStart >= 0) {
                pieces.add(new String(cps, bufferStart, i - bufferStart));
            }
        }
        return pieces;
    }

    /** jieba's {@code get_DAG} and {@code calc} over raw frequencies: for each character, the last of its word on the route. */
    private static int[] route(HashTrie trie, double logTotal, int[] cps, int from, int to) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] next = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            best[k] = Double.NEGATIVE_INFINITY;
            next[k] = -1;
            int node = 0;
            for (int end = k; end < n && (node = trie.child(node, cps[from + end])) >= 0; end++) {
                long frequency = trie.frequency(node);
                if (frequency > 0) {
                    double value = Math.log(frequency) - logTotal + best[end + 1];
                    if (value >= best[k]) { // max() over (value, end): a tie goes to the later end
                        best[k] = value;
                        next[k] = end;
                    }
                }
            }
            if (next[k] < 0) { // no word starts here: the character alone, with frequency "or 1"
                best[k] = 0.0 - logTotal + best[k + 1];
                next[k] = k;
            }
        }
        return next;
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

    /** @return whether finalseg must split this word of its HMM into characters (a user word given frequency 0) */
    boolean isForcedSplit(int[] cps, int from, int to) {
        return !forceSplit.isEmpty() && forceSplit.contains(new String(cps, from, to - from));
    }

    /** @return the node these code points lead to from the root, or -1 */
    private int node(int[] cps, int from, int to) {
        int node = 0;
        for (int i = from; i < to && node >= 0; i++) {
            node = child(node, cps[i]);
        }
        return node;
    }

    /**
     * @param other another dictionary on the same dict.txt
     * @return the words whose frequency, tag or forced split differ between the two: only user words can
     */
    Set<String> wordsChangedFrom(JiebaDictionary other) {
        Set<String> changed = new HashSet<>();
        Set<String> words = new HashSet<>(userEntries.keySet());
        words.addAll(other.userEntries.keySet());
        for (String word : words) {
            if (!Objects.equals(userEntries.get(word), other.userEntries.get(word))) {
                changed.add(word);
            }
        }
        return changed;
    }

    /** @return log of the sum of all word frequencies */
    double logTotal() {
        return logTotal;
    }
}
