package org.corpusbench.analysis.collocates;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;

/**
 * Counts, per type, how often a counted token stands in the left and in the right window of a hit,
 * in two int arrays over the lexicon: no object per hit or per token.
 *
 * <p>The window of a hit is the {@code L} counted tokens before its first token and the {@code R}
 * counted tokens after its last, never crossing its document, nor its sentence if asked. Uncounted
 * tokens are skipped and take no place, as {@link org.corpusbench.api.analysis.CountedTypes} makes
 * them part of no distance. The hit's own tokens are never its collocates. Windows of nearby hits
 * may overlap: a position counts once for every hit whose window covers it, as CQPweb and BNCweb
 * count (so another hit of the node inside a window is a collocate like any token).
 */
final class WindowCounts {
    /** Hits whose windows are touched before they are counted. */
    private static final int BATCH = 256;
    /** Hits between progress reports, a multiple of {@link #BATCH}. */
    private static final int REPORT_EVERY = 1 << 16;
    final int[] left;
    final int[] right;
    /** Sum of the touched type ids, kept so the compiler cannot drop the reads. */
    private long touched;

    private WindowCounts(int types) {
        left = new int[types];
        right = new int[types];
    }

    /**
     * @param corpus the corpus of the hits
     * @param hits the node's hits, in corpus order
     * @param counted which type ids are counted
     * @param options the window
     * @param progress to report to and check for cancellation
     * @return the counts
     */
    static WindowCounts count(CorpusView corpus, Hits hits, boolean[] counted, CollocateOptions options, Progress progress) {
        WindowCounts counts = new WindowCounts(counted.length);
        SpanFinder firsts = spans(corpus, options.withinSentence());
        SpanFinder lasts = spans(corpus, options.withinSentence());
        int[] left = counts.left;
        int[] right = counts.right;
        for (int first = 0; first < hits.size(); first += BATCH) {
            if (first % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.report("counting collocates", first, hits.size());
            }
            int last = Math.min(hits.size(), first + BATCH);
            counts.touched += touch(corpus, hits, first, last);
            for (int hit = first; hit < last; hit++) {
                int start = hits.start(hit);
                int end = hits.end(hit);
                int from = firsts.start(firsts.indexOf(start));
                int to = lasts.start(lasts.indexOf(Math.max(start, end - 1)) + 1);
                for (int position = start - 1, taken = 0; taken < options.left() && position >= from; position--) {
                    int type = corpus.typeId(position);
                    if (counted[type]) {
                        left[type]++;
                        taken++;
                    }
                }
                for (int position = end, taken = 0; taken < options.right() && position < to; position++) {
                    int type = corpus.typeId(position);
                    if (counted[type]) {
                        right[type]++;
                        taken++;
                    }
                }
            }
        }
        progress.report("counting collocates", hits.size(), hits.size());
        return counts;
    }

    /**
     * Reads the token on each side of a batch of hits. On a large corpus the hits lie far apart, so
     * every window is a cache miss; these reads do not depend on each other and the processor overlaps
     * their misses, which the counting loop, one dependent step after another, cannot. The counting then
     * finds the windows in the cache.
     */
    private static long touch(CorpusView corpus, Hits hits, int first, int last) {
        int lastPosition = corpus.tokenCount() - 1;
        long sum = 0;
        for (int hit = first; hit < last; hit++) {
            sum += corpus.typeId(Math.max(0, hits.start(hit) - 1)) + corpus.typeId(Math.min(lastPosition, hits.end(hit)));
        }
        return sum;
    }

    /** @return the counted tokens in all the windows, a position once for every window holding it */
    long tokens() {
        long tokens = 0;
        for (int type = 0; type < left.length; type++) {
            tokens += (long) left[type] + right[type];
        }
        return tokens;
    }

    private static SpanFinder spans(CorpusView corpus, boolean sentences) {
        return sentences ? new SpanFinder(corpus::sentenceStart, corpus.sentenceCount())
                : new SpanFinder(corpus::documentStart, corpus.documentCount());
    }
}
