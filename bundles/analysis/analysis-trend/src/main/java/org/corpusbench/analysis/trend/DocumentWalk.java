package org.corpusbench.analysis.trend;

import java.util.function.IntUnaryOperator;
import org.corpusbench.api.CorpusView;

/** Adds ascending positions to the values of the documents holding them, stepping through the documents once. */
final class DocumentWalk {
    private final int[] start;
    private final ValueGroups groups;

    DocumentWalk(CorpusView corpus, ValueGroups groups) {
        this.groups = groups;
        start = new int[corpus.documentCount() + 1];
        for (int document = 0; document < start.length; document++) {
            start[document] = corpus.documentStart(document);
        }
    }

    /**
     * @param positions gives the i-th position, ascending
     * @param from the first i
     * @param to the i after the last
     * @param counts incremented per value for each position, once per value of its document (none
     *        for a document outside the selection)
     */
    void count(IntUnaryOperator positions, int from, int to, long[] counts) {
        int document = 0;
        for (int i = from; i < to; i++) {
            int position = positions.applyAsInt(i);
            while (start[document + 1] <= position) {
                document++;
            }
            for (int entry = groups.from(document); entry < groups.to(document); entry++) {
                counts[groups.member(entry)]++;
            }
        }
    }
}
