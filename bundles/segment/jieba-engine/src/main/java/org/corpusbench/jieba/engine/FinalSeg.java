package org.corpusbench.jieba.engine;

/**
 * Python jieba's {@code finalseg}, which cuts what the dictionary does not know: Chinese runs tagged
 * B, M, E or S by {@code viterbi} with the {@link HmmModel} and cut after each E and S (ties broken as
 * Python's max() does), the rest split at letter and digit runs. The lattice lives in the caller's
 * {@link Scratch}. Immutable; thread-safe.
 */
final class FinalSeg {
    /** finalseg's PrevStatus: the states each state can follow, indexed by state. */
    private static final int[][] PREVIOUS = {
        {HmmModel.E, HmmModel.S}, // B
        {HmmModel.B, HmmModel.M}, // E
        {HmmModel.M, HmmModel.B}, // M
        {HmmModel.S, HmmModel.E}, // S
    };

    private final HmmModel hmm;
    private final JiebaDictionary dictionary;

    FinalSeg(HmmModel hmm, JiebaDictionary dictionary) {
        this.hmm = hmm;
        this.dictionary = dictionary;
    }

    /** {@code finalseg.cut}: Chinese runs by Viterbi; letter and digit runs as {@code [a-zA-Z0-9]+(\.\d+)?%?}. */
    void cut(Scratch work, int from, int to, JiebaEngine.SpanSink sink) {
        int[] cps = work.codePoints;
        int i = from;
        while (i < to) {
            int start = i;
            if (JiebaEngine.isHan(cps[i])) {
                while (i < to && JiebaEngine.isHan(cps[i])) {
                    i++;
                }
                viterbi(work, start, i, sink);
            } else {
                while (i < to && !JiebaEngine.isHan(cps[i])) {
                    i++;
                }
                splitSkip(cps, start, i, sink);
            }
        }
    }

    /** Splits a non-Chinese run at {@code ([a-zA-Z0-9]+(?:\.\d+)?%?)}, keeping both the matches and what lies between. */
    private static void splitSkip(int[] cps, int from, int to, JiebaEngine.SpanSink sink) {
        int pending = from;
        int i = from;
        while (i < to) {
            if (!JiebaEngine.isAsciiLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && JiebaEngine.isAsciiLetterOrDigit(cps[end])) {
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
                sink.span(cps, pending, i);
            }
            sink.span(cps, i, end);
            pending = end;
            i = end;
        }
        if (to > pending) {
            sink.span(cps, pending, to);
        }
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** {@code finalseg.viterbi} and {@code __cut}. */
    private void viterbi(Scratch work, int from, int to, JiebaEngine.SpanSink sink) {
        int[] cps = work.codePoints;
        int n = to - from;
        work.ensureLattice(n);
        double[] v = work.lattice;
        byte[] back = work.backPointers;
        for (int y = 0; y < 4; y++) {
            v[y] = hmm.start[y] + hmm.emission(y, cps[from]);
        }
        for (int t = 1; t < n; t++) {
            int row = t * 4;
            int previousRow = row - 4;
            for (int y = 0; y < 4; y++) {
                double emission = hmm.emission(y, cps[from + t]);
                double best = Double.NEGATIVE_INFINITY;
                int bestPrevious = -1;
                for (int previous : PREVIOUS[y]) {
                    double value = v[previousRow + previous] + hmm.transition[previous][y] + emission;
                    if (value > best || (value == best && previous > bestPrevious)) {
                        best = value;
                        bestPrevious = previous;
                    }
                }
                v[row + y] = best;
                back[row + y] = (byte) bestPrevious;
            }
        }
        int last = (n - 1) * 4;
        int state = v[last + HmmModel.S] >= v[last + HmmModel.E] ? HmmModel.S : HmmModel.E;
        // Walk the back pointers, leaving each character's state in its own back pointer cell 0, then cut forwards.
        for (int t = n - 1; t >= 0; t--) {
            int previous = t > 0 ? back[t * 4 + state] : 0;
            back[t * 4] = (byte) state;
            state = previous;
        }
        emit(cps, from, n, back, sink);
    }

    private void emit(int[] cps, int from, int n, byte[] states, JiebaEngine.SpanSink sink) {
        int begin = 0;
        int nextStart = 0;
        for (int i = 0; i < n; i++) {
            int state = states[i * 4];
            if (state == HmmModel.B) {
                begin = i;
            } else if (state == HmmModel.E) {
                word(cps, from + begin, from + i + 1, sink);
                nextStart = i + 1;
            } else if (state == HmmModel.S) {
                sink.span(cps, from + i, from + i + 1);
                nextStart = i + 1;
            }
        }
        if (nextStart < n) {
            word(cps, from + nextStart, from + n, sink);
        }
    }

    /** A word of the HMM, or its characters if a user dictionary gave it frequency 0 (Force_Split_Words). */
    private void word(int[] cps, int from, int to, JiebaEngine.SpanSink sink) {
        if (to - from > 1 && dictionary.isForcedSplit(cps, from, to)) {
            for (int i = from; i < to; i++) {
                sink.span(cps, i, i + 1);
            }
        } else {
            sink.span(cps, from, to);
        }
    }
}
