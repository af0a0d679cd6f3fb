package org.corpusbench.analysis.concordance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * A dispersion plot over the whole selection rather than per document: the selected documents'
 * tokens, in corpus order, are cut into equal slices (as AntConc's Concordance Plot draws one
 * corpus-long bar, and as Gries's parts for DP), and each slice counts the hits that start in it.
 * Slice {@code i} of {@code n} over {@code T} tokens covers offsets {@code [ceil(iT/n), ceil((i+1)T/n))},
 * so a hit at offset {@code o} is in slice {@code floor(o n / T)}; with fewer tokens than slices
 * some slices are empty. Each row also names the document the slice starts in. Memory is one
 * counter per slice, whatever the number of hits.
 */
public final class DispersionSlices {
    /** The columns. */
    public static final List<Column> COLUMNS = List.of(new Column("slice", ColumnType.INTEGER),
            new Column("from_token", ColumnType.INTEGER), new Column("to_token", ColumnType.INTEGER),
            new Column("document", ColumnType.STRING), new Column("hits", ColumnType.INTEGER),
            new Column("per_thousand", ColumnType.DECIMAL));

    private DispersionSlices() {
    }

    /**
     * @param corpus the corpus the hits come from
     * @param selection the documents searched, whose tokens are sliced
     * @param hits the hits, in corpus order, all inside the selection
     * @param slices how many slices, at least 1
     * @param progress checked for cancellation
     * @return one row per slice, in order; none if the selection has no tokens
     */
    public static ResultTable of(CorpusView corpus, DocumentSelection selection, Hits hits, int slices, Progress progress) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1: " + slices);
        }
        long total = selection.tokenCount(corpus);
        if (total == 0) {
            return new ResultTable(COLUMNS, Stream.empty());
        }
        long[] counts = new long[slices];
        String[] firstDocuments = new String[slices];
        long[] before = {0};
        int[] hit = {0};
        int[] named = {0};
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            // slice starts never decrease: those inside this document are named after it
            for (; named[0] < slices && start(named[0], slices, total) < before[0] + to - from; named[0]++) {
                firstDocuments[named[0]] = corpus.document(document).id();
            }
            while (hit[0] < hits.size() && hits.start(hit[0]) < from) {
                hit[0]++; // a hit outside the selection: not counted
            }
            for (; hit[0] < hits.size() && hits.start(hit[0]) < to; hit[0]++) {
                counts[sliceOf(before[0] + hits.start(hit[0]) - from, slices, total)]++;
            }
            before[0] += to - from;
        });
        List<List<Object>> rows = new ArrayList<>(slices);
        for (int slice = 0; slice < slices; slice++) {
            long from = start(slice, slices, total);
            long to = start(slice + 1, slices, total);
            rows.add(List.of((long) slice + 1, from, to, firstDocuments[slice] == null ? "" : firstDocuments[slice],
                    counts[slice], to > from ? counts[slice] * 1000.0 / (to - from) : 0.0));
        }
        return new ResultTable(COLUMNS, rows.stream());
    }

    /** @return ceil(slice * total / slices), exact in longs for any int-sized corpus and slice count */
    static long start(int slice, int slices, long total) {
        return (slice * total + slices - 1) / slices;
    }

    static int sliceOf(long offset, int slices, long total) {
        return (int) (offset * slices / total);
    }
}
