package org.corpusbench.jieba.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Python jieba 0.42.1's segmentation ({@code jieba/__init__.py} and {@code jieba/finalseg}), step
 * for step, so its tokens are the ones published numbers come from: {@code jieba.cut} with and
 * without HMM and {@code jieba.cut_for_search}. Like Python it counts code points, so an Extension B
 * character is one character. Immutable; thread-safe.
 */
final class JiebaEngine {
    private final JiebaDictionary dictionary;
    private final HmmModel hmm;
    /** Per-thread work arrays for {@link #route}, so segmenting allocates only what it returns. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** Work arrays that grow to the longest block seen. */
    private static final class Scratch {
        double[] best = new double[256];
        int[] next = new int[256];

        void ensure(int size) {
            if (best.length < size) {
                best = new double[Math.max(size, best.length * 2)];
                next = new int[best.length];
            }
        }
    }

    JiebaEngine(JiebaDictionary dictionary, HmmModel hmm) {
        this.dictionary = dictionary;
        this.hmm = hmm;
    }

    /** {@code jieba.cut(text, HMM=hmm)}: Chinese, letter and digit runs by the dictionary, the rest char by char. */
    List<String> cut(String text, boolean useHmm) {
        List<String> words = new ArrayList<>();
        int[] cps = codePoints(text);
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (isHanDefault(cps[i])) { // re_han_default
                while (i < cps.length && isHanDefault(cps[i])) {
                    i++;
                }
                if (useHmm) {
                    cutDag(cps, start, i, words);
                } else {
                    cutDagWithoutHmm(cps, start, i, words);
                }
            } else if (cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') { // re_skip_default's \r\n
                words.add("\r\n");
                i += 2;
            } else {
                words.add(new String(cps, i, 1));
                i++;
            }
        }
        return words;
    }

    /** {@code jieba.cut_for_search(text)}: each word, preceded by its two- and three-character words. */
    List<String> cutForSearch(String text, boolean useHmm) {
        List<String> words = new ArrayList<>();
        for (String word : cut(text, useHmm)) {
            int[] cps = codePoints(word);
            for (int[] span : subwordsForSearch(cps)) {
                words.add(new String(cps, span[0], span[1]));
            }
            words.add(word);
        }
        return words;
    }

    /**
     * The dictionary words of two, then three characters inside a longer word, in jieba's order.
     *
     * @param word the word's code points
     * @return for each subword, its start and length in code points
     */
    List<int[]> subwordsForSearch(int[] word) {
        List<int[]> spans = new ArrayList<>();
        for (int length = 2; length <= 3; length++) {
            if (word.length > length) {
                for (int i = 0; i + length <= word.length; i++) {
                    if (dictionary.frequency(word, i, i + length) > 0) {
                        spans.add(new int[] {i, length});
                    }
                }
            }
        }
        return spans;
    }

    /**
     * jieba's {@code get_DAG} and {@code calc}: from each character, the ends of the dictionary words
     * that start there (or the character alone), and the most probable route, chosen backwards. The
     * trie walk replaces the substring lookups; the arithmetic is Python's, in its order.
     */
    private int[] route(int[] cps, int from, int to) {
        int n = to - from;
        Scratch work = scratch.get();
        work.ensure(n + 1);
        double[] best = work.best;
        int[] next = work.next;
        best[n] = 0;
        double logTotal = dictionary.logTotal();
        for (int k = n - 1; k >= 0; k--) {
            double bestValue = Double.NEGATIVE_INFINITY;
            int bestEnd = -1;
            int node = 0;
            for (int end = k; end < n; end++) {
                node = dictionary.child(node, cps[from + end]);
                if (node < 0) {
                    break;
                }
                double logProbability = dictionary.logProbability(node);
                if (!Double.isNaN(logProbability)) {
                    double value = logProbability + best[end + 1];
                    if (value >= bestValue) { // max() over (value, end): a tie goes to the later end
                        bestValue = value;
                        bestEnd = end;
                    }
                }
            }
            if (bestEnd < 0) { // no word starts here: the character alone, with frequency "or 1"
                bestValue = 0.0 - logTotal + best[k + 1];
                bestEnd = k;
            }
            best[k] = bestValue;
            next[k] = bestEnd;
        }
        return next;
    }

    /** {@code __cut_DAG_NO_HMM}: single letters and digits are gathered into one token. */
    private void cutDagWithoutHmm(int[] cps, int from, int to, List<String> words) {
        int[] next = route(cps, from, to);
        StringBuilder buffer = new StringBuilder();
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1 && isAsciiLetterOrDigit(cps[from + x])) {
                buffer.appendCodePoint(cps[from + x]);
            } else {
                if (buffer.length() > 0) {
                    words.add(buffer.toString());
                    buffer.setLength(0);
                }
                words.add(new String(cps, from + x, y - x));
            }
            x = y;
        }
        if (buffer.length() > 0) {
            words.add(buffer.toString());
        }
    }

    /** {@code __cut_DAG}: runs of single characters the dictionary does not know go to the HMM. */
    private void cutDag(int[] cps, int from, int to, List<String> words) {
        int[] next = route(cps, from, to);
        int bufferStart = -1;
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1) {
                if (bufferStart < 0) {
                    bufferStart = x;
                }
            } else {
                if (bufferStart >= 0) {
                    flush(cps, from + bufferStart, from + x, words);
                    bufferStart = -1;
                }
                words.add(new String(cps, from + x, y - x));
            }
            x = y;
        }
        if (bufferStart >= 0) {
            flush(cps, from + bufferStart, to, words);
        }
    }

    private void flush(int[] cps, int from, int to, List<String> words) {
        if (to - from == 1) {
            words.add(new String(cps, from, 1));
        } else if (dictionary.frequency(cps, from, to) == 0) {
            finalSegment(cps, from, to, words);
        } else {
            for (int i = from; i < to; i++) {
                words.add(new String(cps, i, 1));
            }
        }
    }

    /** {@code finalseg.cut}: Chinese runs by Viterbi; letter and digit runs as {@code [a-zA-Z0-9]+(\.\d+)?%?}. */
    private void finalSegment(int[] cps, int from, int to, List<String> words) {
        int i = from;
        while (i < to) {
            int start = i;
            if (isHan(cps[i])) {
                while (i < to && isHan(cps[i])) {
                    i++;
                }
                viterbi(cps, start, i, words);
            } else {
                while (i < to && !isHan(cps[i])) {
                    i++;
                }
                splitSkip(cps, start, i, words);
            }
        }
    }

    /** Splits a non-Chinese run at {@code ([a-zA-Z0-9]+(?:\.\d+)?%?)}, keeping both the matches and what lies between. */
    private static void splitSkip(int[] cps, int from, int to, List<String> words) {
        int pending = from;
        int i = from;
        while (i < to) {
            if (!isAsciiLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && isAsciiLetterOrDigit(cps[end])) {
                end++;
            }
            if (end + 1 < to && cps[end] == '.' && isAsciiDigit(cps[end + 1])) {
                end++;
                while (end < to && isAsciiDigit(cps[end])) {
                    end++;
                }
            }
            if (end < to && cps[end] == '%') {
                end++;
            }
            if (i > pending) {
                words.add(new String(cps, pending, i - pending));
            }
            words.add(new String(cps, i, end - i));
            pending = end;
            i = end;
        }
        if (to > pending) {
            words.add(new String(cps, pending, to - pending));
        }
    }

    /** {@code finalseg.viterbi} and {@code __cut}: BMES tagging, ties broken as Python's max() does. */
    private void viterbi(int[] cps, int from, int to, List<String> words) {
        int n = to - from;
        double[][] v = new double[n][4];
        int[][] back = new int[n][4];
        for (int y = 0; y < 4; y++) {
            v[0][y] = hmm.start[y] + hmm.emission(y, cps[from]);
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < 4; y++) {
                double emission = hmm.emission(y, cps[from + t]);
                double best = Double.NEGATIVE_INFINITY;
                int bestPrevious = -1;
                for (int previous : PREVIOUS[y]) {
                    double value = v[t - 1][previous] + hmm.transition[previous][y] + emission;
                    if (value > best || (value == best && previous > bestPrevious)) {
                        best = value;
                        bestPrevious = previous;
                    }
                }
                v[t][y] = best;
                back[t][y] = bestPrevious;
            }
        }
        int state = v[n - 1][HmmModel.S] > v[n - 1][HmmModel.E] || v[n - 1][HmmModel.S] == v[n - 1][HmmModel.E]
                ? HmmModel.S : HmmModel.E;
        int[] states = new int[n];
        for (int t = n - 1; t >= 0; t--) {
            states[t] = state;
            state = back[t][state];
        }
        int begin = 0;
        int nextStart = 0;
        for (int i = 0; i < n; i++) {
            if (states[i] == HmmModel.B) {
                begin = i;
            } else if (states[i] == HmmModel.E) {
                words.add(new String(cps, from + begin, i - begin + 1));
                nextStart = i + 1;
            } else if (states[i] == HmmModel.S) {
                words.add(new String(cps, from + i, 1));
                nextStart = i + 1;
            }
        }
        if (nextStart < n) {
            words.add(new String(cps, from + nextStart, n - nextStart));
        }
    }

    static int[] codePoints(String text) {
        int[] cps = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            cps[n++] = cp;
            i += Character.charCount(cp);
        }
        return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
    }

    /** finalseg's PrevStatus: the states each state can follow. */
    private static final int[][] PREVIOUS = {
        {HmmModel.E, HmmModel.S}, // B
        {HmmModel.B, HmmModel.M}, // E
        {HmmModel.M, HmmModel.B}, // M
        {HmmModel.S, HmmModel.E}, // S
    };

    /** re_han_default: {@code [\u4E00-\u9FD5a-zA-Z0-9+#&._%-]}. */
    static boolean isHanDefault(int cp) {
        return isHan(cp) || isAsciiLetterOrDigit(cp) || "+#&._%-".indexOf(cp) >= 0;
    }

    /** finalseg's re_han: {@code [\u4E00-\u9FD5]}. */
    static boolean isHan(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FD5;
    }

    private static boolean isAsciiLetterOrDigit(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }
}
