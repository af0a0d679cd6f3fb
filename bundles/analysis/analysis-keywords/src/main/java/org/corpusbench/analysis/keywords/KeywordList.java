package org.corpusbench.analysis.keywords;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CodePointOrder;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;

/**
 * A keyword list: the words of a target (a selection of the analysed corpus) whose relative
 * frequency differs from a reference's (another corpus or part of one, the rest of this corpus, or
 * a frequency list), with every measure of {@link KeynessMeasures}.
 *
 * <p>What is counted: the target's tokens of the chosen {@link CountedTypes} (c is their number,
 * stopwords included, as stopwords are counted but never listed); a corpus reference the same way
 * (d); a list reference as it is: d is its {@link org.corpusbench.api.analysis.ReferenceList#tokens()},
 * which cannot be filtered by kind. A list word is kept when its kind is counted: its kind in the
 * analysed corpus's lexicon if the corpus holds it, else the kind {@link org.corpusbench.api.TokenType#classify}
 * gives its text (the rule the segmenters classify tokens by). Words of a reference that the
 * analysed corpus never holds (a = 0) are listed only when minTargetCount is 0 and the direction
 * admits negative keywords.
 *
 * <p>Columns: rank, word, target_count (a), target_per_million (a/c 10<sup>6</sup>), reference_count (b),
 * reference_per_million (b/d 10<sup>6</sup>), then each {@link Measure} in declaration order
 * (log_likelihood, log_likelihood_4term, chi_squared, chi_squared_yates, log_ratio, percent_diff,
 * bic, ell, simple_maths) and the p-values of the four tests (p_log_likelihood,
 * p_log_likelihood_4term, p_chi_squared, p_chi_squared_yates), chi-squared with 1 degree of freedom.
 *
 * <p>Filters: a ≥ minTargetCount, b ≥ minReferenceCount, the direction, the chosen test's p-value
 * ≤ maxP (as its statistic ≥ the critical value, so p-values are computed only for shown rows) and
 * |Log Ratio| ≥ minLogRatio. Rows run by the sort measure, highest first; with direction negative,
 * signed measures (Log Ratio, %DIFF, simple maths) run lowest first, so the most negative keyword
 * leads; ties by target count descending, then by word in code-point order. Thread-safe.
 */
public final class KeywordList {
    /** The result's columns. */
    public static final List<Column> COLUMNS = columns();
    private static final int REPORT_INTERVAL = 1 << 12;

    /**
     * What to count, show and sort by.
     *
     * @param types the kinds of token counted
     * @param stopwords words counted but not listed
     * @param minTargetCount the least target frequency shown, 0 to show words absent from the target
     * @param minReferenceCount the least reference frequency shown
     * @param direction positive, negative or both
     * @param test the test whose p-value maxP limits (a G2 or X2 measure)
     * @param maxP the greatest p-value shown, 1 for no limit
     * @param minLogRatio the least |Log Ratio| shown, 0 for no limit
     * @param sortBy the measure rows are sorted by
     * @param k the simple maths constant
     */
    public record Settings(CountedTypes types, StopwordList stopwords, long minTargetCount, long minReferenceCount,
            Direction direction, Measure test, double maxP, double minLogRatio, Measure sortBy, double k) {
    }

    private final Settings settings;
    /** The chosen test's statistic at maxP, below which a word is not shown; -infinity for no limit. */
    private final double critical;

    /** @param settings what to count, show and sort by */
    public KeywordList(Settings settings) {
        this.settings = settings;
        critical = settings.maxP() >= 1 ? Double.NEGATIVE_INFINITY : KeynessMeasures.criticalValue(settings.maxP());
    }

    /**
     * @param corpus the analysed corpus
     * @param selection the target documents
     * @param reference what to compare with
     * @param progress for progress reports and cancellation
     * @return the keywords, each row's measures computed as it is read
     * @throws org.corpusbench.api.CorpusException if target or reference holds no counted tokens
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, Reference reference, Progress progress) {
        boolean absentToo = settings.minTargetCount() == 0 && settings.direction() != Direction.POSITIVE;
        KeywordCounts counts = KeywordCounts.of(corpus, selection, reference, settings.types(), absentToo, progress);
        counts.requireTokens(selection.expression(), reference.expression());
        Candidates candidates = candidates(corpus.lexicon(), counts, progress);
        int[] order = candidates.sorted(corpus.lexicon(), counts);
        return new ResultTable(COLUMNS, new KeywordRows(corpus.lexicon(), counts, order, settings.k(), progress)
                .stream());
    }

    /** The words that pass every filter, with their sort keys. Ids past the lexicon are absent words. */
    private Candidates candidates(Lexicon lexicon, KeywordCounts counts, Progress progress) {
        boolean[] stopword = new boolean[counts.counted.length];
        for (String word : settings.stopwords().words()) {
            int type = lexicon.id(word);
            if (type >= 0) {
                stopword[type] = true;
            }
        }
        Candidates candidates = new Candidates(counts.counted.length, counts.absentWords.size());
        for (int type = 0; type < counts.counted.length; type++) {
            if ((type & (REPORT_INTERVAL - 1)) == 0) {
                progress.checkCancelled();
            }
            if (counts.counted[type] && !stopword[type]) {
                consider(candidates, type, counts.target[type], counts.reference[type], counts);
            }
        }
        for (int i = 0; i < counts.absentWords.size(); i++) {
            if (!settings.stopwords().contains(counts.absentWords.get(i))) {
                consider(candidates, counts.counted.length + i, 0, counts.absentCounts[i], counts);
            }
        }
        return candidates;
    }

    private void consider(Candidates candidates, int id, long a, long b, KeywordCounts counts) {
        if (shown(a, b, counts.targetTokens, counts.referenceTokens)) {
            candidates.add(id, sortKey(a, b, counts.targetTokens, counts.referenceTokens), a);
        }
    }

    /**
     * Whether a word passes every filter of the settings: counts, direction, the test's p-value and
     * |Log Ratio|. With {@link #sortKey}, {@link #compareRows} and {@link #row} this is the list for
     * programs that count a, b, c and d themselves (the Spark job).
     *
     * @param a the word's count in the target
     * @param b its count in the reference
     * @param c the target's counted tokens
     * @param d the reference's counted tokens
     * @return whether it is listed
     */
    public boolean shown(long a, long b, long c, long d) {
        if (a + b == 0 || a < settings.minTargetCount() || b < settings.minReferenceCount()
                || !settings.direction().admits(a, b, c, d)) {
            return false;
        }
        if (critical > Double.NEGATIVE_INFINITY && !(settings.test().of(a, b, c, d, settings.k()) >= critical)) {
            return false;
        }
        return !(settings.minLogRatio() > 0 && !(Math.abs(KeynessMeasures.logRatio(a, b, c, d)) >= settings.minLogRatio()));
    }

    /**
     * @return the key rows are sorted by, highest first (NaN where the measure is undefined): the sort
     *         measure, negated for a signed measure when the direction is negative, so the most negative
     *         keyword leads
     */
    public double sortKey(long a, long b, long c, long d) {
        double key = settings.sortBy().of(a, b, c, d, settings.k());
        boolean ascending = settings.direction() == Direction.NEGATIVE && settings.sortBy().signed();
        return ascending ? -key : key;
    }

    /**
     * The order of rows: sort key descending (NaN last), then target count descending; the caller
     * breaks the remaining ties by word in code-point order.
     *
     * @return negative, zero or positive as the first row comes before, with or after the second
     */
    public static int compareRows(double firstKey, long firstTargetCount, double secondKey, long secondTargetCount) {
        int byKey = Double.compare(sortable(secondKey), sortable(firstKey));
        return byKey != 0 ? byKey : Long.compare(secondTargetCount, firstTargetCount);
    }

    private static double sortable(double key) {
        return Double.isNaN(key) ? Double.NEGATIVE_INFINITY : key;
    }

    /**
     * A row of the list, as {@link #COLUMNS} says: the counts, the relative frequencies, every
     * measure and the tests' p-values.
     *
     * @param rank the row's number, from 1
     * @param word the word
     * @param a its count in the target
     * @param b its count in the reference
     * @param c the target's counted tokens
     * @param d the reference's counted tokens
     * @param k the simple maths constant
     * @return the row's cells
     */
    public static List<Object> row(long rank, String word, long a, long b, double c, double d, double k) {
        List<Object> row = new ArrayList<>(6 + Measure.values().length + KeywordRows.TESTS.size());
        row.add(rank);
        row.add(word);
        row.add(a);
        row.add(a * 1e6 / c);
        row.add(b);
        row.add(b * 1e6 / d);
        for (Measure measure : Measure.values()) {
            row.add(measure.of(a, b, c, d, k));
        }
        for (Measure test : KeywordRows.TESTS) {
            row.add(KeynessMeasures.pValue(test.of(a, b, c, d, k)));
        }
        return row;
    }

    /** Ids, descending keys (NaN last) and target counts of the shown words, in primitive arrays. */
    private static final class Candidates {
        private int[] ids;
        private double[] keys;
        private long[] targetCounts;
        private int size;

        Candidates(int types, int absent) {
            int capacity = Math.max(16, Math.min(types + absent, 1 << 16));
            ids = new int[capacity];
            keys = new double[capacity];
            targetCounts = new long[capacity];
        }

        void add(int id, double key, long a) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                keys = java.util.Arrays.copyOf(keys, size * 2);
                targetCounts = java.util.Arrays.copyOf(targetCounts, size * 2);
            }
            ids[size] = id;
            keys[size] = Double.isNaN(key) ? Double.NEGATIVE_INFINITY : key;
            targetCounts[size++] = a;
        }

        /** @return the ids in row order */
        int[] sorted(Lexicon lexicon, KeywordCounts counts) {
            int types = counts.counted.length;
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            IntArrays.mergeSort(order, (x, y) -> {
                int byRows = compareRows(keys[x], targetCounts[x], keys[y], targetCounts[y]);
                return byRows != 0 ? byRows : compareWords(lexicon, counts.absentWords, types, ids[x], ids[y]);
            });;
            int[] sortedIds = new int[size];
            for (int i = 0; i < size; i++) {
                sortedIds[i] = ids[order[i]];
            }
            return sortedIds;
        }

        /** Code-point order: by the lexicon's rank between the corpus's types, by the strings where an absent word is involved. */
        private static int compareWords(Lexicon lexicon, List<String> absent, int types, int x, int y) {
            if (x < types && y < types) {
                return Integer.compare(lexicon.rank(x), lexicon.rank(y));
            }
            String first = x < types ? lexicon.type(x) : absent.get(x - types);
            String second = y < types ? lexicon.type(y) : absent.get(y - types);
            return CodePointOrder.compare(first, second);
        }
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(new Column("rank", ColumnType.INTEGER),
                new Column("word", ColumnType.STRING), new Column("target_count", ColumnType.INTEGER),
                new Column("target_per_million", ColumnType.DECIMAL), new Column("reference_count", ColumnType.INTEGER),
                new Column("reference_per_million", ColumnType.DECIMAL)));
        for (Measure measure : Measure.values()) {
            columns.add(new Column(measure.column(), ColumnType.DECIMAL));
        }
        for (Measure test : KeywordRows.TESTS) {
            columns.add(new Column("p_" + test.column(), ColumnType.DECIMAL));
        }
        return List.copyOf(columns);
    }
}
