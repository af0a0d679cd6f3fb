package org.corpusbench.jieba.engine.internal;

/**
 * {@code finalseg.viterbi} and {@code __cut}: tags a run of Chinese characters B, M, E or S with the
 * {@link HmmModel} and cuts it after each E and S; ties broken as Python's max() does. The lattice
 * lives in the caller's {@link Scratch}. Immutable; thread-safe.
 */
final class Viterbi {
    /** finalseg's PrevStatus: the states each state can follow, indexed by state. */
    private static final int[][] PREVIOUS = {
        {HmmModel.E, HmmModel.S}, // B
        {HmmModel.B, HmmModel.M}, // E
        {HmmModel.M, HmmModel.B}, // M
        {HmmModel.S, HmmModel.E}, // S
    };

    private final HmmModel hmm;

    Viterbi(HmmModel hmm) {
        this.hmm = hmm;
    }

    void cut(Scratch work, int from, int to, JiebaEngine.SpanSink sink) {
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

    private static void emit(int[] cps, int from, int n, byte[] states, JiebaEngine.SpanSink sink) {
        int begin = 0;
        int nextStart = 0;
        for (int i = 0; i < n; i++) {
            int state = states[i * 4];
            if (state == HmmModel.B) {
                begin = i;
            } else if (state == HmmModel.E) {
                sink.span(cps, from + begin, from + i + 1);
                nextStart = i + 1;
            } else if (state == HmmModel.S) {
                sink.span(cps, from + i, from + i + 1);
                nextStart = i + 1;
            }
        }
        if (nextStart < n) {
            sink.span(cps, from + nextStart, from + n);
        }
    }
}
