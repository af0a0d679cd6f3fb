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
    private static final int REPORT_EVERY = 1 << 16;
    final int[] left;
    final int[] right;

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
        for (int hit = 0; hit < hits.size(); hit++) {
            if (hit % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.report("counting collocates", hit, hits.size());
            }
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
        progress.report("counting collocates", hits.size(), hits.size());
        return counts;
    }

    private static SpanFinder spans(CorpusView corpus, boolean sentences) {
        return sentences ? new SpanFinder(corpus::sentenceStart, corpus.sentenceCount())
                : new SpanFinder(corpus::documentStart, corpus.documentCount());
    }
}
