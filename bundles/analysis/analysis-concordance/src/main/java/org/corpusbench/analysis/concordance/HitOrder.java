package org.corpusbench.analysis.concordance;

import java.util.Arrays;
import java.util.Random;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;

/**
 * Puts the hits of a query in the order of a {@link KwicSort} without decoding a word: words are
 * compared by {@link Lexicon#rank(int)}, which is their code-point order. The sort is a
 * least-significant-key-first sequence of stable passes, one per compared position, starting from
 * corpus order, so ties at every level fall back to corpus order. Each pass is a {@link RadixSort}
 * of int arrays: a million hits sorted on three positions take about 20 bytes each and no object.
 * A node sort compares at most {@link KwicSort#NODE_LEVELS} words, so a hit as long as its document
 * costs no more passes than a short one.
 */
public final class HitOrder {
    private static final int LEVELS_READ_TOGETHER = 3;

    private HitOrder() {
    }

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @param sort the order wanted
     * @param seed the seed of a {@link KwicSort#RANDOM} order
     * @param progress checked for cancellation between passes
     * @return the hit indices in that order
     */
    public static int[] of(CorpusView corpus, Hits hits, KwicSort sort, long seed, Progress progress) {
        int[] order = new int[hits.size()];
        Arrays.setAll(order, i -> i);
        return switch (sort.side()) {
            case NONE -> sort == KwicSort.RANDOM ? shuffle(order, seed) : order;
            case NODE -> sortByLevels(corpus, hits, order, sort, Math.min(longestHit(hits), KwicSort.NODE_LEVELS), progress);
            case LEFT, RIGHT -> sortByLevels(corpus, hits, order, sort, KwicSort.CONTEXT_LEVELS, progress);
        };
    }

    /** Fisher-Yates with {@link Random}, whose sequence the Java specification fixes, so a seed gives the same order on every JVM. */
    private static int[] shuffle(int[] order, long seed) {
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static int longestHit(Hits hits) {
        int longest = 0;
        for (int i = 0; i < hits.size(); i++) {
            longest = Math.max(longest, hits.end(i) - hits.start(i));
        }
        return longest;
    }

    private static int[] sortByLevels(CorpusView corpus, Hits hits, int[] order, KwicSort sort, int levels, Progress progress) {
        int[] sorted = order;
        int[] scratch = new int[order.length];
        // least significant levels first; a few at a time, so neighbouring positions are read together
        for (int last = levels - 1; last >= 0; last -= LEVELS_READ_TOGETHER) {
            int first = Math.max(0, last - LEVELS_READ_TOGETHER + 1);
            progress.checkCancelled();
            int[][] keys = readKeys(corpus, hits, sort, first, last);
            for (int level = last; level >= first; level--) {
                int[] levelKeys = keys[level - first];
                if (differ(levelKeys)) {
                    int[] result = RadixSort.stableByKey(sorted, levelKeys, scratch);
                    scratch = result == sorted ? scratch : sorted;
                    sorted = result;
                }
            }
            progress.report("sorting", levels - first, levels);
        }
        return sorted;
    }

    /**
     * @return for each level from {@code first} to {@code last}, for each hit, 1 + the rank of the word
     *         compared there, or 0 where the position lies outside the hit (node sorts) or its document
     *         (context sorts)
     */
    private static int[][] readKeys(CorpusView corpus, Hits hits, KwicSort sort, int first, int last) {
        Lexicon lexicon = corpus.lexicon();
        DocumentCursor documents = new DocumentCursor(corpus);
        int[][] keys = new int[last - first + 1][hits.size()];
        for (int hit = 0; hit < hits.size(); hit++) {
            int start = hits.start(hit);
            int end = hits.end(hit);
            if (sort.side() != KwicSort.Side.NODE) {
                documents.moveTo(start);
            }
            for (int level = first; level <= last; level++) {
                int position = sort.keyPosition(level, start, end);
                boolean inside = sort.side() == KwicSort.Side.NODE ? position < end : documents.contains(position);
                keys[level - first][hit] = inside ? lexicon.rank(corpus.typeId(position)) + 1 : 0;
            }
        }
        return keys;
    }

    private static boolean differ(int[] keys) {
        for (int key : keys) {
            if (key != keys[0]) {
                return true;
            }
        }
        return false;
    }
}
