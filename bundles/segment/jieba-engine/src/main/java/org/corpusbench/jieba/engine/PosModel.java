package org.corpusbench.jieba.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hidden Markov model of Python jieba's {@code posseg}, with its exact log probabilities: states
 * are (position, tag) pairs such as (B, n), numbered in the order Python compares those tuples, so
 * that a tie resolves alike. Emissions and each character's possible states are kept per character,
 * as the model has them for a few thousand characters only. Immutable once loaded; thread-safe.
 */
final class PosModel {
    /** jieba's MIN_FLOAT: the log probability of an emission the model never saw. */
    static final double MIN_FLOAT = -3.14e100;

    /** The emissions of one character: the states that emit it, ascending, and their log probabilities. */
    private record Emissions(int[] states, double[] logProbabilities) {
        double of(int state) {
            int at = Arrays.binarySearch(states, state);
            return at >= 0 ? logProbabilities[at] : MIN_FLOAT;
        }
    }

    private final char[] positions;
    private final String[] tags;
    private final double[] start;
    /** transition[from][to], negative infinity (jieba's MIN_INF) where the model has none. */
    private final double[][] transition;
    /** The states each state may go to, ascending; empty for a state without transitions. */
    private final int[][] next;
    private final Map<Integer, Emissions> emissions;
    /** char_state_tab: the states a character may take; a character not there may take any. */
    private final Map<Integer, int[]> characterStates;
    private final int[] allStates;

    private PosModel(List<String> names, Map<String, Double> start, Map<String, Map<String, Double>> transitions,
            Map<Integer, Map<String, Double>> emissions, Map<Integer, List<String>> characterStates) {
        int count = names.size();
        Map<String, Integer> index = new HashMap<>();
        positions = new char[count];
        tags = new String[count];
        this.start = new double[count];
        for (int state = 0; state < count; state++) {
            String name = names.get(state);
            index.put(name, state);
            positions[state] = name.charAt(0);
            tags[state] = name.substring(2);
            this.start[state] = start.get(name);
        }
        transition = new double[count][count];
        next = new int[count][];
        for (int state = 0; state < count; state++) {
            Arrays.fill(transition[state], Double.NEGATIVE_INFINITY);
            Map<String, Double> targets = transitions.getOrDefault(names.get(state), Map.of());
            int[] reachable = new int[targets.size()];
            int k = 0;
            for (Map.Entry<String, Double> target : targets.entrySet()) {
                int to = index.get(target.getKey());
                transition[state][to] = target.getValue();
                reachable[k++] = to;
            }
            Arrays.sort(reachable);
            next[state] = reachable;
        }
        this.emissions = new HashMap<>();
        for (Map.Entry<Integer, Map<String, Double>> character : emissions.entrySet()) {
            int[] states = character.getValue().keySet().stream().mapToInt(index::get).sorted().toArray();
            double[] logProbabilities = new double[states.length];
            for (int k = 0; k < states.length; k++) {
                logProbabilities[k] = character.getValue().get(names.get(states[k]));
            }
            this.emissions.put(character.getKey(), new Emissions(states, logProbabilities));
        }
        this.characterStates = new HashMap<>();
        for (Map.Entry<Integer, List<String>> character : characterStates.entrySet()) {
            this.characterStates.put(character.getKey(), character.getValue().stream().mapToInt(index::get).sorted().toArray());
        }
        allStates = new int[count];
        Arrays.setAll(allStates, state -> state);
    }

    /** Reads posseg-model.tsv (written by extract-posseg-model.py). */
    static PosModel load(InputStream model) {
        Map<String, Double> start = new HashMap<>();
        Map<String, Map<String, Double>> transitions = new HashMap<>();
        Map<Integer, Map<String, Double>> emissions = new HashMap<>();
        Map<Integer, List<String>> characterStates = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(model, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                switch (fields[0]) {
                    case "start" -> start.put(fields[1], Double.parseDouble(fields[2]));
                    case "trans" -> transitions.computeIfAbsent(fields[1], k -> new HashMap<>()).put(fields[2], Double.parseDouble(fields[3]));
                    case "emit" -> emissions.computeIfAbsent(fields[2].codePointAt(0), k -> new HashMap<>())
                            .put(fields[1], Double.parseDouble(fields[3]));
                    case "states" -> characterStates.put(fields[1].codePointAt(0), List.of(fields[2].split(" ")));
                    default -> throw new IllegalStateException("Unexpected model line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jieba POS model", e);
        }
        List<String> names = new ArrayList<>(start.keySet());
        names.sort(PosModel::compareAsPython);
        return new PosModel(names, start, transitions, emissions, characterStates);
    }

    /** Python's order of ('B', 'n') tuples: by position, then by tag, each by code point. */
    private static int compareAsPython(String a, String b) {
        int byPosition = Character.compare(a.charAt(0), b.charAt(0));
        return byPosition != 0 ? byPosition : a.substring(2).compareTo(b.substring(2));
    }

    int states() {
        return positions.length;
    }

    char position(int state) {
        return positions[state];
    }

    String tag(int state) {
        return tags[state];
    }

    double start(int state) {
        return start[state];
    }

    double transition(int from, int to) {
        return transition[from][to];
    }

    int[] next(int state) {
        return next[state];
    }

    double emission(int state, int codePoint) {
        Emissions emitted = emissions.get(codePoint);
        return emitted == null ? MIN_FLOAT : emitted.of(state);
    }

    /** @return the states the character may take, ascending: char_state_tab's, or every state */
    int[] statesOf(int codePoint) {
        return characterStates.getOrDefault(codePoint, allStates);
    }
}
