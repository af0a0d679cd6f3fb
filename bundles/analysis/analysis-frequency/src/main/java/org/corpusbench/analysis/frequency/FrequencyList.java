package org.corpusbench.analysis.frequency;

import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;

/**
 * A frequency list with range and dispersion, as AntConc's Word List (Anthony, AntConc 4 manual:
 * frequency and range) extended with the dispersion measures Gries (2008) reviews.
 *
 * <p>What is counted: the tokens of the chosen {@link CountedTypes} in the selected documents,
 * read as one sequence of N tokens (documents in corpus order, unselected ones cut out).
 * Uncounted tokens (punctuation, by default) take no part: not in N, not in document sizes, not
 * in ARF's distances. Stopwords are counted tokens that are not listed, so hiding a word never
 * changes another word's figures; nor do {@code minCount} and {@code minRange}.
 *
 * <p>Columns: rank (row number), word, count, per_million = count / N * 10<sup>6</sup>, range
 * (parts holding the word), range_percent = 100 * range / n, juilland_d, dp, dp_norm and arf as
 * {@link DispersionMeter} defines them over the n parts (selected documents with a counted
 * token). Rows run by count descending, then by word in code-point order (the lexicon's rank, so
 * no string is decoded while sorting); each row's dispersion is computed from the word's postings
 * when the row is read, so the first rows come without reading the token stream. Thread-safe.
 */
public final class FrequencyList {
    /** The result's columns. */
    public static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("per_million", ColumnType.DECIMAL), new Column("range", ColumnType.INTEGER),
            new Column("range_percent", ColumnType.DECIMAL), new Column("juilland_d", ColumnType.DECIMAL),
            new Column("dp", ColumnType.DECIMAL), new Column("dp_norm", ColumnType.DECIMAL),
            new Column("arf", ColumnType.DECIMAL));
    private static final int REPORT_INTERVAL = 1 << 12;

    private final CountedTypes countedTypes;
    private final StopwordList stopwords;
    private final long minCount;
    private final long minRange;

    /**
     * @param countedTypes the kinds of token counted
     * @param stopwords words counted but not listed
     * @param minCount the least count a listed word has, at least 1
     * @param minRange the least number of parts a listed word occurs in, at least 1
     */
    public FrequencyList(CountedTypes countedTypes, StopwordList stopwords, long minCount, long minRange) {
        this.countedTypes = countedTypes;
        this.stopwords = stopwords;
        this.minCount = minCount;
        this.minRange = minRange;
    }

    /**
     * @param corpus the corpus
     * @param selection the documents to count
     * @param progress for progress reports and cancellation, also while rows are read
     * @return the rows, computed as they are read
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, Progress progress) {
        CountedSelection counted = CountedSelection.of(corpus, selection, countedTypes, progress);
        long[] order = listedInOrder(corpus.lexicon(), counted.counts);
        Rows rows = new Rows(corpus, counted, order, progress);
        return new ResultTable(COLUMNS, StreamSupport.stream(rows, false));
    }

    /** Listed types as (Integer.MAX_VALUE - count) << 32 | rank, sorted: count descending, then code-point order. */
    private long[] listedInOrder(Lexicon lexicon, int[] counts) {
        boolean[] stopword = new boolean[counts.length];
        for (String word : stopwords.words()) {
            int type = lexicon.id(word);
            if (type >= 0) {
                stopword[type] = true;
            }
        }
        long least = Math.max(1, minCount);
        int listed = 0;
        long[] keys = new long[counts.length];
        for (int type = 0; type < counts.length; type++) {
            if (counts[type] >= least && !stopword[type]) {
                keys[listed++] = (long) (Integer.MAX_VALUE - counts[type]) << 32 | lexicon.rank(type);
            }
        }
        long[] order = Arrays.copyOf(keys, listed);
        Arrays.sort(order);
        return order;
    }

    /** Reads the sorted types one by one, measuring each as it is asked for and leaving out those below minRange. */
    private final class Rows extends Spliterators.AbstractSpliterator<List<Object>> {
        private final CorpusView corpus;
        private final CountedSelection counted;
        private final long[] order;
        private final Progress progress;
        private final DispersionMeter meter;
        private int next;
        private long rank;

        Rows(CorpusView corpus, CountedSelection counted, long[] order, Progress progress) {
            super(order.length, Spliterator.ORDERED | Spliterator.NONNULL);
            this.corpus = corpus;
            this.counted = counted;
            this.order = order;
            this.progress = progress;
            meter = new DispersionMeter(corpus, counted);
        }

        @Override
        public boolean tryAdvance(Consumer<? super List<Object>> action) {
            while (next < order.length) {
                if ((next & (REPORT_INTERVAL - 1)) == 0) {
                    progress.checkCancelled();
                    progress.report("measuring dispersion", next, order.length);
                }
                int type = corpus.lexicon().idOfRank((int) order[next++]);
                Dispersion dispersion = meter.measure(type);
                if (dispersion.range() >= minRange) {
                    action.accept(row(type, dispersion));
                    return true;
                }
            }
            return false;
        }

        private List<Object> row(int type, Dispersion dispersion) {
            long count = counted.counts[type];
            return List.of(++rank, corpus.lexicon().type(type), count, count * 1e6 / counted.tokens,
                    (long) dispersion.range(), 100.0 * dispersion.range() / counted.parts, dispersion.juillandD(),
                    dispersion.dp(), dispersion.dpNorm(), dispersion.arf());
        }
    }
}
