package org.corpusbench.jieba.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The BMES hidden Markov model of Python jieba's {@code finalseg}, with its exact log probabilities.
 * States are numbered in the order Python compares their names, B, E, M, S, so ties resolve alike.
 * Immutable once loaded; thread-safe.
 */
final class HmmModel {
    static final int B = 0;
    static final int E = 1;
    static final int M = 2;
    static final int S = 3;
    /** jieba's MIN_FLOAT: the log probability of anything the model never saw. */
    static final double MIN = -3.14e100;
    private static final String STATES = "BEMS";

    final double[] start = new double[4];
    final double[][] transition = new double[4][4];
    private final Map<Integer, double[]> emissions = new HashMap<>();

    private HmmModel() {
        for (double[] row : transition) {
            java.util.Arrays.fill(row, MIN);
        }
        java.util.Arrays.fill(start, MIN);
    }

    static HmmModel load(InputStream model) {
        HmmModel hmm = new HmmModel();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(model, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                switch (fields[0]) {
                    case "start" -> hmm.start[state(fields[1])] = Double.parseDouble(fields[2]);
                    case "trans" -> hmm.transition[state(fields[1])][state(fields[2])] = Double.parseDouble(fields[3]);
                    case "emit" -> hmm.emissions.computeIfAbsent(fields[2].codePointAt(0), c -> newRow())[state(fields[1])] =
                            Double.parseDouble(fields[3]);
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
        double[] row = emissions.get(codePoint);
        return row == null ? MIN : row[state];
    }

    private static double[] newRow() {
        double[] row = new double[4];
        java.util.Arrays.fill(row, MIN);
        return row;
    }

    private static int state(String name) {
        return STATES.indexOf(name);
    }
}
