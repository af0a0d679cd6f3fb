package org.corpusbench.analysis.segmentdiff;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;

/**
 * The {@code segment-diff} table: each document's cleaned text segmented by both segmenters, their
 * disagreements counted by pattern ({@link DisagreementCounts}). Keeps no state between runs, so
 * it is thread-safe if the segmenters are.
 */
public final class SegmentDiff {
    /** How a text given on its own is named in example lines. */
    public static final String TEXT_DOCUMENT = "text";

    private SegmentDiff() {
    }

    /**
     * @param corpus the corpus whose cleaned texts are segmented again
     * @param selection the documents to compare
     * @param segmenters the two segmenters
     * @param examples example lines per pattern, 0 or more
     * @param minCount leave out patterns seen fewer times
     * @param progress reported per document; cancels between documents
     * @return the patterns, most frequent first
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static ResultTable of(CorpusView corpus, DocumentSelection selection, SegmenterPair segmenters, int examples,
            long minCount, Progress progress) {
        DisagreementCounts counts = new DisagreementCounts(examples);
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            String text = corpus.document(document).cleanedText();
            counts.add(corpus.documentId(document), text, segmenters.disagreements(text));
        });
        return counts.table(minCount);
    }

    /**
     * @param text a text, named {@link #TEXT_DOCUMENT} in example lines
     * @param segmenters the two segmenters
     * @param examples example lines per pattern, 0 or more
     * @param minCount leave out patterns seen fewer times
     * @return the patterns, most frequent first
     */
    public static ResultTable of(String text, SegmenterPair segmenters, int examples, long minCount) {
        DisagreementCounts counts = new DisagreementCounts(examples);
        counts.add(TEXT_DOCUMENT, text, segmenters.disagreements(text));
        return counts.table(minCount);
    }
}
