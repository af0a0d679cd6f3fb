package org.corpusbench.jieba.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Python jieba 0.42.1's segmentation ({@code jieba/__init__.py} and {@code jieba/finalseg}), step
 * for step, so its tokens are the ones published numbers come from: {@code jieba.cut} with and
 * without HMM and {@code jieba.cut_for_search}. Like Python it counts code points, so an Extension B
 * character is one character. Tokens go to a {@link SpanSink} as offsets, so a cut allocates
 * nothing but what its caller makes of them. Immutable; thread-safe.
 */
final class JiebaEngine {
    /** Receives each token of a cut, in order. */
    @FunctionalInterface
    interface SpanSink {
        /**
         * @param codePoints the text's code points; valid only during the call, do not keep or change it
         * @param start the token's first code point
         * @param end just after its last code point
         */
        void span(int[] codePoints, int start, int end);

        /** Called once before the spans of a text, with its length in code points. */
        default void begin(int codePointCount) {
        }
    }

    /** re_han_default's ASCII members, {@code [a-zA-Z0-9+#&._%-]}, as a bit set over code points 0-127. */
    private static final long HAN_DEFAULT_ASCII_LOW = bits("0123456789+#&.%-");
    private static final long HAN_DEFAULT_ASCII_HIGH = bits("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");

    private final JiebaDictionary dictionary;
    private final FinalSeg finalSeg;
    /** Per-thread work arrays, so a shared engine neither allocates per call nor locks. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    JiebaEngine(JiebaDictionary dictionary, HmmModel hmm) {
        this.dictionary = dictionary;
        this.finalSeg = new FinalSeg(hmm, dictionary);
    }

    /**
     * {@code jieba.cut(text, HMM=hmm)}: Chinese, letter and digit runs by the dictionary, the rest
     * char by char. The sink must not cut on this engine from the same thread.
     */
    void cut(String text, boolean useHmm, SpanSink sink) {
        Scratch work = scratch.get();
        int n = work.decode(text);
        int[] cps = work.codePoints;
        sink.begin(n);
        int i = 0;
        while (i < n) {
            int start = i;
            if (isHanDefault(cps[i])) { // re_han_default
                do {
                    i++;
                } while (i < n && isHanDefault(cps[i]));
                int[] next = route(work, start, i);
                if (useHmm) {
                    cutDag(work, next, start, i, sink);
                } else {
                    cutDagWithoutHmm(cps, next, start, i, sink);
                }
            } else if (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n') { // re_skip_default's \r\n
                i += 2;
                sink.span(cps, start, i);
            } else {
                sink.span(cps, start, ++i);
            }
        }
        if (work.isOversized()) {
            scratch.remove(); // a huge document should not pin its arrays to a pool thread for good
        }
    }

    /** @return this thread's work arrays, for {@link PosSegmenter}, which cuts with this engine's routes */
    Scratch scratch() {
        return scratch.get();
    }

    /** Frees this thread's work arrays if a huge text made them large. */
    void releaseIfOversized(Scratch work) {
        if (work.isOversized()) {
            scratch.remove();
        }
    }

    JiebaDictionary dictionary() {
        return dictionary;
    }

    /** {@code jieba.cut(text, HMM=hmm)} as strings. */
    List<String> cut(String text, boolean useHmm) {
        List<String> words = new ArrayList<>();
        cut(text, useHmm, (cps, start, end) -> words.add(new String(cps, start, end - start)));
        return words;
    }

    /** {@code jieba.cut_for_search(text)} as strings: each word, preceded by its two- and three-character words. */
    List<String> cutForSearch(String text, boolean useHmm) {
        List<String> words = new ArrayList<>();
        cut(text, useHmm, forSearch((cps, start, end) -> words.add(new String(cps, start, end - start))));
        return words;
    }

    /**
     * @param sink receives each word of a cut preceded by the dictionary words of two, then three
     *     characters inside it (if it is longer), in jieba's order
     * @return a sink for {@link #cut(String, boolean, SpanSink)} that turns it into {@code cut_for_search}
     */
    SpanSink forSearch(SpanSink sink) {
        return new SpanSink() {
            @Override
            public void begin(int codePointCount) {
                sink.begin(codePointCount);
            }

            @Override
            public void span(int[] cps, int start, int end) {
                for (int length = 2; length <= 3; length++) {
                    if (end - start > length) {
                        for (int i = start; i + length <= end; i++) {
                            if (dictionary.isWord(cps, i, i + length)) {
                                sink.span(cps, i, i + length);
                            }
                        }
                    }
                }
                sink.span(cps, start, end);
            }
        };
    }

    /**
     * jieba's {@code get_DAG} and {@code calc}: from each character, the ends of the dictionary words
     * that start there (or the character alone), and the most probable route, chosen backwards. The
     * trie walk replaces the substring lookups; the arithmetic is Python's, in its order.
     *
     * @return for each character of the block (from 0), the last character of its word on the route
     */
    int[] route(Scratch work, int from, int to) {
        int n = to - from;
        work.ensureRoute(n);
        int[] cps = work.codePoints;
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
    private static void cutDagWithoutHmm(int[] cps, int[] next, int from, int to, SpanSink sink) {
        int bufferStart = -1;
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1 && isAsciiLetterOrDigit(cps[from + x])) {
                if (bufferStart < 0) {
                    bufferStart = from + x;
                }
            } else {
                if (bufferStart >= 0) {
                    sink.span(cps, bufferStart, from + x);
                    bufferStart = -1;
                }
                sink.span(cps, from + x, from + y);
            }
            x = y;
        }
        if (bufferStart >= 0) {
            sink.span(cps, bufferStart, to);
        }
    }

    /** {@code __cut_DAG}: runs of single characters the dictionary does not know go to the HMM. */
    private void cutDag(Scratch work, int[] next, int from, int to, SpanSink sink) {
        int[] cps = work.codePoints;
        int bufferStart = -1;
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1) {
                if (bufferStart < 0) {
                    bufferStart = x;
                }
            } else {
                if (bufferStart >= 0) {
                    flush(work, from + bufferStart, from + x, sink);
                    bufferStart = -1;
                }
                sink.span(cps, from + x, from + y);
            }
            x = y;
        }
        if (bufferStart >= 0) {
            flush(work, from + bufferStart, to, sink);
        }
    }

    private void flush(Scratch work, int from, int to, SpanSink sink) {
        int[] cps = work.codePoints;
        if (to - from == 1) {
            sink.span(cps, from, to);
        } else if (!dictionary.isWord(cps, from, to)) {
            finalSeg.cut(work, from, to, sink);
        } else {
            for (int i = from; i < to; i++) {
                sink.span(cps, i, i + 1);
            }
        }
    }

    /** re_han_default: {@code [\u4E00-\u9FD5a-zA-Z0-9+#&._%-]}. */
    static boolean isHanDefault(int cp) {
        if (cp < 64) {
            return (HAN_DEFAULT_ASCII_LOW >>> cp & 1) != 0;
        }
        if (cp < 128) {
            return (HAN_DEFAULT_ASCII_HIGH >>> (cp - 64) & 1) != 0;
        }
        return isHan(cp);
    }

    /** finalseg's re_han: {@code [\u4E00-\u9FD5]}. */
    static boolean isHan(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FD5;
    }

    static boolean isAsciiLetterOrDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }

    /** @return the characters, all below 64 or all from 64 to 127, as a bit set of their code points modulo 64 */
    private static long bits(String members) {
        long set = 0;
        for (char c : members.toCharArray()) {
            set |= 1L << (c & 63);
        }
        return set;
    }
}
