package org.corpusbench.analysis.collocates;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * The collocates of a node, given as its hits, with every {@link Measure}.
 *
 * <p>Counting: see {@link WindowCounts} for the windows (counted tokens only, never across the
 * document, optionally not across the sentence, a position counted once per hit whose window covers
 * it). {@code N} is the number of counted tokens in the corpus or selection, a collocate's
 * frequency its count there, the node's frequency the number of hits.
 *
 * <p>Columns: {@code rank}; {@code collocate}; {@code observed} ({@code O11}, co-occurrences in the
 * windows); {@code collocate_frequency} ({@code C1}); {@code node_frequency} (hits);
 * {@code expected} ({@code f_node f_collocate / N}, the 2x2 table's {@code E11} as Sketch Engine
 * and Evert 2005); {@code expected_span} ({@code W f_collocate / N} with {@code W} the counted
 * tokens in all the node's windows, as CQPweb: see {@link ExpectedFrequency#SPAN}); the measures in {@link Measure} order, the expectation-based ones on the table
 * {@link ExpectedFrequency} chooses; {@code left} and {@code right} (co-occurrences on each side).
 * Rows are sorted by the chosen key descending (NaN last), then by {@code observed} descending,
 * then by the collocate in code-point order. Thread-safe: each call has its own arrays.
 */
public final class Collocates {
    private Collocates() {
    }

    /** @return the columns of every collocate table, in order */
    public static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(new Column("rank", ColumnType.INTEGER),
                new Column("collocate", ColumnType.STRING), new Column(CollocateOptions.OBSERVED, ColumnType.INTEGER),
                new Column("collocate_frequency", ColumnType.INTEGER), new Column("node_frequency", ColumnType.INTEGER),
                new Column("expected", ColumnType.DECIMAL), new Column("expected_span", ColumnType.DECIMAL)));
        for (Measure measure : Measure.values()) {
            columns.add(new Column(measure.column(), ColumnType.DECIMAL));
        }
        columns.add(new Column("left", ColumnType.INTEGER));
        columns.add(new Column("right", ColumnType.INTEGER));
        return columns;
    }

    /**
     * @param corpus the corpus
     * @param selection the documents that make up the sample; the hits must lie in them
     * @param hits the node's hits, in corpus order
     * @param options what to count and show
     * @param progress to report to and check for cancellation
     * @return the collocates, rows streamed
     */
    public static ResultTable compute(CorpusView corpus, DocumentSelection selection, Hits hits, CollocateOptions options,
            Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        boolean[] counted = new boolean[lexicon.size()];
        for (int type = 0; type < counted.length; type++) {
            counted[type] = options.countedTypes().includes(lexicon.category(type));
        }
        WindowCounts windows = WindowCounts.count(corpus, hits, counted, options, progress);
        SampleFrequencies sample = SampleFrequencies.of(corpus, selection, counted, progress);
        int[] listed = listed(lexicon, windows, sample, options);
        Scoring scoring = new Scoring(hits.size(), windows.tokens(), sample.sampleSize(), options);
        double[] keys = new double[listed.length];
        for (int i = 0; i < listed.length; i++) {
            int type = listed[i];
            keys[i] = scoring.key(observed(windows, type), sample.frequency(type));
        }
        int[] order = IntStream.range(0, listed.length).toArray();
        IntArrays.mergeSort(order, (a, b) -> {
            int byRows = compareRows(keys[a], observed(windows, listed[a]), keys[b], observed(windows, listed[b]));
            return byRows != 0 ? byRows : Integer.compare(lexicon.rank(listed[a]), lexicon.rank(listed[b]));
        });
        return new ResultTable(columns(), IntStream.range(0, order.length).mapToObj(rank -> {
            int type = listed[order[rank]];
            return scoring.row(rank + 1, lexicon.type(type), windows.left[type], windows.right[type], sample.frequency(type));
        }));
    }

    /** The types that pass the filters: counted, in some window often enough, frequent enough, not stopwords. */
    private static int[] listed(Lexicon lexicon, WindowCounts windows, SampleFrequencies sample, CollocateOptions options) {
        long minPair = Math.max(1, options.minPairCount());
        boolean stopwords = !options.stopwords().words().isEmpty();
        IntStream.Builder listed = IntStream.builder();
        for (int type = 0; type < windows.left.length; type++) {
            if (observed(windows, type) >= minPair && sample.frequency(type) >= options.minCollocateCount()
                    && !(stopwords && options.stopwords().contains(lexicon.type(type)))) {
                listed.add(type);
            }
        }
        return listed.build().toArray();
    }

    private static long observed(WindowCounts windows, int type) {
        return (long) windows.left[type] + windows.right[type];
    }

    /**
     * The order of rows: the sort key descending (NaN last), then observed descending; the caller
     * breaks the remaining ties by the collocate in code-point order.
     *
     * @return negative, zero or positive as the first row comes before, with or after the second
     */
    public static int compareRows(double firstKey, long firstObserved, double secondKey, long secondObserved) {
        int byKey = compareDescending(firstKey, secondKey);
        return byKey != 0 ? byKey : Long.compare(secondObserved, firstObserved);
    }

    /** Descending with NaN last. */
    private static int compareDescending(double first, double second) {
        if (Double.isNaN(first) || Double.isNaN(second)) {
            return Boolean.compare(Double.isNaN(first), Double.isNaN(second));
        }
        return Double.compare(second, first);
    }
}
