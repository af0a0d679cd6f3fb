package org.corpusbench.analysis.trend;

import java.util.Arrays;
import org.corpusbench.api.Lexicon;

/** The most frequent listed words: count descending, then word in code-point order (the lexicon's rank). */
final class TopWords {
    private TopWords() {
    }

    /**
     * @param lexicon the corpus's types
     * @param counts each type's count in the selection
     * @param counted which types are counted
     * @param options the number of words and the stopwords, which are not listed
     * @return the type ids of up to {@code top} words with a count, best first
     */
    static int[] of(Lexicon lexicon, int[] counts, boolean[] counted, TrendOptions options) {
        boolean[] listed = counted.clone();
        for (String stopword : options.stopwords().words()) {
            int type = lexicon.id(stopword);
            if (type >= 0) {
                listed[type] = false;
            }
        }
        int[] best = new int[options.top()];
        int[] bestRank = new int[options.top()];
        int size = 0;
        for (int type = 0; type < counts.length; type++) {
            if (!listed[type] || counts[type] == 0 || size == best.length && counts[type] < counts[best[size - 1]]) {
                continue;
            }
            int rank = lexicon.rank(type);
            int at = size;
            while (at > 0 && (counts[best[at - 1]] < counts[type]
                    || counts[best[at - 1]] == counts[type] && bestRank[at - 1] > rank)) {
                at--;
            }
            if (at == best.length) {
                continue;
            }
            int moved = Math.min(size, best.length - 1) - at;
            System.arraycopy(best, at, best, at + 1, moved);
            System.arraycopy(bestRank, at, bestRank, at + 1, moved);
            best[at] = type;
            bestRank[at] = rank;
            size = Math.min(size + 1, best.length);
        }
        return Arrays.copyOf(best, size);
    }
}
