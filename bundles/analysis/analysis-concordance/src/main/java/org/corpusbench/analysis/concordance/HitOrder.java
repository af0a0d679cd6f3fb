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
 * corpus order, so ties at every level fall back to corpus order. Each pass sorts a {@code long[]}
 * of {@code key << 32 | place}, where the place in the previous pass's order keeps it stable: a
 * million hits take 12 bytes each and no object.
 */
public final class HitOrder {

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
            case NODE -> sortByLevels(corpus, hits, order, sort, longestHit(hits), progress);
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
        int[] keys = new int[hits.size()];
        long[] packed = new long[hits.size()];
        int[] sorted = order;
        for (int level = levels - 1; level >= 0; level--) {
            progress.checkCancelled();
            if (fillKeys(corpus, hits, sort, level, keys)) {
                sorted = stableSort(sorted, keys, packed);
            }
            progress.report("sorting", levels - level, levels);
        }
        return sorted;
    }

    /**
     * Puts into {@code keys[hit]} 1 + the rank of the word compared at {@code level}, or 0 where the
     * position lies outside the hit (node sorts) or its document (context sorts).
     *
     * @return whether the keys differ at all, that is whether the pass can change the order
     */
    private static boolean fillKeys(CorpusView corpus, Hits hits, KwicSort sort, int level, int[] keys) {
        Lexicon lexicon = corpus.lexicon();
        DocumentCursor documents = new DocumentCursor(corpus);
        boolean differ = false;
        for (int hit = 0; hit < keys.length; hit++) {
            int position = sort.keyPosition(level, hits.start(hit), hits.end(hit));
            boolean inside = sort.side() == KwicSort.Side.NODE ? position < hits.end(hit)
                    : documents.moveTo(hits.start(hit)).contains(position);
            keys[hit] = inside ? lexicon.rank(corpus.typeId(position)) + 1 : 0;
            differ |= keys[hit] != keys[0];
        }
        return differ;
    }

    private static int[] stableSort(int[] order, int[] keys, long[] packed) {
        for (int place = 0; place < order.length; place++) {
            packed[place] = (long) keys[order[place]] << 32 | place;
        }
        Arrays.sort(packed);
        int[] sorted = new int[order.length];
        for (int place = 0; place < order.length; place++) {
            sorted[place] = order[(int) packed[place]];
        }
        return sorted;
    }
}
