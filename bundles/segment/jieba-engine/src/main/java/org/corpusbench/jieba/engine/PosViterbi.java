package org.corpusbench.jieba.engine;

import java.util.Arrays;

/**
 * {@code jieba.posseg.viterbi}, step for step: at each character, the states it may take that a
 * state of the previous character can lead to (or, if none, any such state, or every state), each
 * reached from the previous state with the highest {@code V + transition + emission}, summed in
 * Python's order. Python takes {@code max} over {@code (probability, state)} tuples, so a tie goes
 * to the greater state; states are numbered in that order, and so is it here. Stateless.
 */
final class PosViterbi {
    private final PosModel model;

    PosViterbi(PosModel model) {
        this.model = model;
    }

    /** @return the most probable state of each code point in {@code from..to-1} */
    int[] states(int[] cps, int from, int to) {
        int length = to - from;
        int count = model.states();
        double[][] probability = new double[length][count];
        int[][] previous = new int[length][count];
        boolean[][] present = new boolean[length][count];
        for (int y : model.statesOf(cps[from])) {
            probability[0][y] = model.start(y) + model.emission(y, cps[from]);
            previous[0][y] = -1;
            present[0][y] = true;
        }
        boolean[] expected = new boolean[count];
        int[] prior = new int[count];
        for (int t = 1; t < length; t++) {
            int priors = 0;
            Arrays.fill(expected, false);
            boolean anyExpected = false;
            for (int x = 0; x < count; x++) {
                if (present[t - 1][x] && model.next(x).length > 0) {
                    prior[priors++] = x;
                    for (int y : model.next(x)) {
                        expected[y] = true;
                        anyExpected = true;
                    }
                }
            }
            if (priors == 0) {
                // Python's max() of an empty sequence raises; the model never gets here
                throw new IllegalStateException("No state leads on at character " + t + " of a POS Viterbi run");
            }
            int codePoint = cps[from + t];
            boolean[] candidates = new boolean[count];
            boolean anyCandidate = false;
            for (int y : model.statesOf(codePoint)) {
                if (expected[y]) {
                    candidates[y] = true;
                    anyCandidate = true;
                }
            }
            if (!anyCandidate) {
                if (anyExpected) {
                    candidates = expected.clone();
                } else {
                    Arrays.fill(candidates, true);
                }
            }
            for (int y = 0; y < count; y++) {
                if (!candidates[y]) {
                    continue;
                }
                double emission = model.emission(y, codePoint);
                double best = 0;
                int bestState = -1;
                for (int k = 0; k < priors; k++) {
                    int y0 = prior[k];
                    double value = probability[t - 1][y0] + model.transition(y0, y) + emission;
                    if (bestState < 0 || value > best || value == best && y0 > bestState) {
                        best = value;
                        bestState = y0;
                    }
                }
                probability[t][y] = best;
                previous[t][y] = bestState;
                present[t][y] = true;
            }
        }
        double best = 0;
        int state = -1;
        for (int y = 0; y < count; y++) {
            if (present[length - 1][y] && (state < 0 || probability[length - 1][y] > best
                    || probability[length - 1][y] == best && y > state)) {
                best = probability[length - 1][y];
                state = y;
            }
        }
        int[] route = new int[length];
        for (int i = length - 1; i >= 0; i--) {
            route[i] = state;
            state = previous[i][state];
        }
        return route;
    }
}
