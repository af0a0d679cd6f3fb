package org.corpusbench.jieba.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Proves, text by text, that two engines that differ only in their user words cut a text alike, so
 * that a corpus can be segmented again after a dictionary change by cutting only the texts that can
 * change. The argument, for jieba's route ({@code calc}):
 * <ul>
 * <li>A text that contains none of the words whose entry changed has the same DAG under both
 *     dictionaries, and each word on it the same frequency; only the total differs. The HMM's input
 *     and output are then alike too: which runs go to it, and which of its words are force-split,
 *     depend only on entries of substrings of the text.
 * <li>Every candidate's value is {@code sum(log f) - k * log(total)} over its {@code k} words, so a
 *     change of the total by {@code delta} in log moves a candidate by {@code k * delta}. At each
 *     character the route keeps its choice if the best candidate leads every other by more than
 *     {@code |k_best - k_other| * |delta|} plus a margin for rounding (Python and we add the terms in
 *     one order, but different totals round differently). If that holds at every character of
 *     every block, by induction from the block's end each route, and so each cut, is the same.
 * </ul>
 * A text for which either test fails is simply cut again; so is one with a near tie (a lead within
 * the rounding margin), which two equal dictionaries alone are spared. Thread-safe.
 */
final class CutStability implements Predicate<String> {
    /** Relative margin for rounding: far above the error of adding a block's terms in doubles. */
    private static final double ROUNDING = 1e-9;
    /** Up to this many changed words, searching the text for each (String.indexOf) beats walking a trie at every character. */
    private static final int SEARCHED_ONE_BY_ONE = 16;

    private final JiebaEngine later;
    private final HashTrie changedWords = new HashTrie();
    private final List<String> fewChangedWords;
    private final boolean anyChanged;
    private final double logTotalChange;

    /**
     * @param earlier the engine the texts were cut with
     * @param later the engine that would cut them now, on the same dict.txt and HMM model
     */
    CutStability(JiebaEngine earlier, JiebaEngine later) {
        this.later = later;
        Set<String> changed = later.dictionary().wordsChangedFrom(earlier.dictionary());
        changed.forEach(word -> changedWords.put(word, 1));
        this.fewChangedWords = changed.size() <= SEARCHED_ONE_BY_ONE ? List.copyOf(changed) : null;
        this.anyChanged = !changed.isEmpty();
        this.logTotalChange = Math.abs(later.dictionary().logTotal() - earlier.dictionary().logTotal());
    }

    /** @return true only if both engines are proven to cut the text into the same tokens */
    @Override
    public boolean test(String text) {
        if (!anyChanged && logTotalChange == 0) {
            return true; // the same entries and total: the same arithmetic, step for step
        }
        if (fewChangedWords != null && fewChangedWords.stream().anyMatch(text::contains)) {
            return false;
        }
        Scratch work = later.scratch();
        try {
            int n = work.decode(text);
            int[] cps = work.codePoints;
            if (fewChangedWords == null && containsChangedWord(cps, n)) {
                return false;
            }
            for (int i = 0; i < n; ) {
                if (!JiebaEngine.isHanDefault(cps[i])) {
                    i++;
                    continue;
                }
                int start = i;
                do {
                    i++;
                } while (i < n && JiebaEngine.isHanDefault(cps[i]));
                if (!routeIsStable(work, start, i)) {
                    return false;
                }
            }
            return true;
        } finally {
            later.releaseIfOversized(work);
        }
    }

    private boolean containsChangedWord(int[] cps, int n) {
        for (int from = 0; from < n; from++) {
            int node = 0;
            for (int i = from; i < n; i++) {
                node = changedWords.child(node, cps[i]);
                if (node < 0) {
                    break;
                }
                if (changedWords.frequency(node) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * jieba's route over one block, as {@link JiebaEngine#route} computes it, also counting the words of
     * each best route, and checking at each character that the choice survives the change of the total.
     */
    private boolean routeIsStable(Scratch work, int from, int to) {
        int n = to - from;
        work.ensureRoute(n);
        int[] cps = work.codePoints;
        double[] best = work.best;
        int[] words = work.next; // here: how many words the best route from each character has
        JiebaDictionary dictionary = later.dictionary();
        best[n] = 0;
        words[n] = 0;
        for (int k = n - 1; k >= 0; k--) {
            double bestValue = Double.NEGATIVE_INFINITY;
            double secondValue = Double.NEGATIVE_INFINITY;
            int bestWords = 0;
            int node = 0;
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (int end = k; end < n; end++) {
                node = dictionary.child(node, cps[from + end]);
                if (node < 0) {
                    break;
                }
                double logProbability = dictionary.logProbability(node);
                if (Double.isNaN(logProbability)) {
                    continue;
                }
                double value = logProbability + best[end + 1];
                int candidateWords = 1 + words[end + 1];
                fewest = Math.min(fewest, candidateWords);
                most = Math.max(most, candidateWords);
                if (value >= bestValue) {
                    secondValue = bestValue;
                    bestValue = value;
                    bestWords = candidateWords;
                } else if (value > secondValue) {
                    secondValue = value;
                }
            }
            if (bestValue == Double.NEGATIVE_INFINITY) { // the character alone: the only choice
                bestValue = 0.0 - dictionary.logTotal() + best[k + 1];
                bestWords = 1 + words[k + 1];
            } else if (secondValue != Double.NEGATIVE_INFINITY) {
                // The runner-up may not be the candidate with the most different word count, so bound by the widest spread.
                int spread = Math.max(most - bestWords, bestWords - fewest);
                double needed = spread * logTotalChange + ROUNDING * Math.max(1.0, Math.abs(bestValue));
                if (bestValue - secondValue <= needed) {
                    return false;
                }
            }
            best[k] = bestValue;
            words[k] = bestWords;
        }
        return true;
    }
}
