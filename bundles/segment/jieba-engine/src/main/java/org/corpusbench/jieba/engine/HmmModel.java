package org.corpusbench.jieba.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The BMES hidden Markov model of Python jieba's {@code finalseg}, with its exact log probabilities.
 * States are numbered in the order Python compares their names, B, E, M, S, so ties resolve alike.
 * Emissions are a flat array indexed by BMP code point and state, as the Viterbi loop reads one per
 * character and state. Immutable once loaded; thread-safe.
 */
final class HmmModel {
    static final int B = 0;
    static final int E = 1;
    static final int M = 2;
    static final int S = 3;
    /** jieba's MIN_FLOAT: the log probability of anything the model never saw. */
    static final double MIN = -3.14e100;
    private static final String STATES = "BEMS";
    private static final int BMP = 0x10000;

    final double[] start = new double[4];
    final double[][] transition = new double[4][4];
    /** emissions[codePoint * 4 + state]; the model has no emission outside the BMP. */
    private final double[] emissions = new double[BMP * 4];

    private HmmModel() {
        for (double[] row : transition) {
            Arrays.fill(row, MIN);
        }
        Arrays.fill(start, MIN);
        Arrays.fill(emissions, MIN);
    }

    static HmmModel load(InputStream model) {
        HmmModel hmm = new HmmModel();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(model, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                switch (fields[0]) {
                    case "start" -> hmm.start[state(fields[1])] = Double.parseDouble(fields[2]);
                    case "trans" -> hmm.transition[state(fields[1])][state(fields[2])] = Double.parseDouble(fields[3]);
                    case "emit" -> hmm.setEmission(fields[2].codePointAt(0), state(fields[1]), Double.parseDouble(fields[3]));
                    default -> throw new IllegalStateException("Unexpected model line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba HMM model", e);
        }
        return hmm;
    }

    /** @return the log probability that the state emits the character */
    double emission(int state, int codePoint) {
        return codePoint < BMP ? emissions[codePoint * 4 + state] : MIN;
    }

    private void setEmission(int codePoint, int state, double logProbability) {
        if (codePoint >= BMP) {
            throw new IllegalStateException("The model emits a character outside the BMP: U+" + Integer.toHexString(codePoint));
        }
        emissions[codePoint * 4 + state] = logProbability;
    }

    private static int state(String name) {
        return STATES.indexOf(name);
    }
}
