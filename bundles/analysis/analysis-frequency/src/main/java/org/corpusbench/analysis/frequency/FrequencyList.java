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
import org.corpusbench.api.analysis.CountedTypes;
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
 * when the row is read, so the first rows come without reading the token stream; past the
 * first {@value #ROWS_FROM_POSTINGS} rows one sequential pass over the selection's tokens
 * measures all the rest (leaving out those first types, the most frequent, a quarter of a
 * Zipfian text's tokens). Thread-safe.
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
    /** Rows whose words and records are looked up together. */
    private static final int BLOCK = 512;
    /**
     * Rows measured from their postings; past them one pass over the tokens measures the rest.
     * Enough for a first page without the pass. Kept small because the top rows are the most
     * frequent types, whose postings touch most of the corpus: at 200M tokens the top 100 took
     * 0.8-1 s from postings, the top 20 0.2 s, while leaving them to the pass, where their records
     * stay in the cache, added 0.3 s to it.
     */
    static final int ROWS_FROM_POSTINGS = 20;

    private final CountedTypes countedTypes;
    private final StopwordList stopwords;
    private final long minCount;
    private final long minRange;
    private final int rowsFromPostings;

    /**
     * @param countedTypes the kinds of token counted
     * @param stopwords words counted but not listed
     * @param minCount the least count a listed word has, at least 1
     * @param minRange the least number of parts a listed word occurs in, at least 1
     */
    public FrequencyList(CountedTypes countedTypes, StopwordList stopwords, long minCount, long minRange) {
        this(countedTypes, stopwords, minCount, minRange, ROWS_FROM_POSTINGS);
    }

    /** As the public constructor, with the number of rows measured from postings before the rest are measured in one pass. */
    FrequencyList(CountedTypes countedTypes, StopwordList stopwords, long minCount, long minRange, int rowsFromPostings) {
        this.rowsFromPostings = rowsFromPostings;
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
        Rows rows = new Rows(corpus, selection, counted, order, progress);
        return new ResultTable(COLUMNS, StreamSupport.stream(rows, false));
    }

    /**
     * A row of the list, as {@link #COLUMNS} says, for programs that count and fold a type's
     * occurrences themselves ({@link DispersionFold}) and order the rows as {@link #compute} does.
     *
     * @param rank the row's number, from 1
     * @param word the type
     * @param count its count in the sequence
     * @param dispersion its dispersion
     * @param sequence the counted sequence
     * @return the row's cells
     */
    public static List<Object> row(long rank, String word, long count, Dispersion dispersion, CountedSequence sequence) {
        return List.of(rank, word, count, count * 1e6 / sequence.tokens(), (long) dispersion.range(),
                100.0 * dispersion.range() / sequence.parts(), dispersion.juillandD(), dispersion.dp(), dispersion.dpNorm(),
                dispersion.arf());
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

    /**
     * Reads the sorted types one by one, leaving out those below minRange: the first ones measured
     * from their postings as they are asked for, all later ones by one pass over the tokens.
     */
    private final class Rows extends Spliterators.AbstractSpliterator<List<Object>> {
        private final CorpusView corpus;
        private final DocumentSelection selection;
        private final CountedSelection counted;
        private final long[] order;
        private final Progress progress;
        private final DispersionMeter meter;
        private DispersionPass pass;
        private int next;
        /** Past the pass, rows are read a block at a time: the block's first index in the order, its end, its types and words. */
        private int blockStart;
        private int blockEnd;
        private int[] blockTypes;
        private String[] blockWords;
        private long rank;

        Rows(CorpusView corpus, DocumentSelection selection, CountedSelection counted, long[] order, Progress progress) {
            super(order.length, Spliterator.ORDERED | Spliterator.NONNULL);
            this.corpus = corpus;
            this.selection = selection;
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
                if (next == rowsFromPostings && pass == null) {
                    pass = DispersionPass.run(corpus, selection, counted, progress, measuredAlready());
                }
                if (pass != null && next >= blockEnd) {
                    readBlock();
                }
                int at = next++;
                int type = pass == null ? corpus.lexicon().idOfRank((int) order[at]) : blockTypes[at - blockStart];
                Dispersion dispersion = pass == null ? meter.measure(type) : pass.dispersion(type);
                if (dispersion.range() >= minRange) {
                    String word = pass == null ? corpus.lexicon().type(type) : blockWords[at - blockStart];
                    action.accept(row(type, word, dispersion));
                    return true;
                }
            }
            return false;
        }

        /**
         * Reads the next rows' type ids, their records and their words together, so that the lookups'
         * cache misses overlap instead of coming one row after another.
         */
        private void readBlock() {
            blockStart = next;
            blockEnd = Math.min(order.length, next + BLOCK);
            blockTypes = new int[blockEnd - blockStart];
            for (int i = 0; i < blockTypes.length; i++) {
                blockTypes[i] = corpus.lexicon().idOfRank((int) order[blockStart + i]);
            }
            pass.readAhead(blockTypes);
            blockWords = corpus.lexicon().types(blockTypes);
        }

        /** The types of the rows measured from postings, which the pass need not measure again. */
        private int[] measuredAlready() {
            int[] types = new int[next];
            for (int i = 0; i < next; i++) {
                types[i] = corpus.lexicon().idOfRank((int) order[i]);
            }
            return types;
        }

        private List<Object> row(int type, String word, Dispersion dispersion) {
            return FrequencyList.row(++rank, word, counted.counts[type], dispersion, counted.sequence);
        }
    }
}
