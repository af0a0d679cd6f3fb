package org.corpusbench.analysis.ngrams;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.analysis.ngrams.NGramOptions.Unit;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * Word and character n-grams as AntConc's N-Grams tool lists them, and, given query hits, the
 * n-grams that contain a hit, as its Clusters tool does (Anthony, AntConc 4 manual, "Cluster/N-Gram
 * tool"). Variant computed here:
 * <ul>
 * <li>A word n-gram is n consecutive tokens of one sentence (sentences never span documents), all
 * of them word tokens ({@link org.corpusbench.api.TokenType#isWord()}) unless every token is asked
 * for: punctuation breaks n-grams as AntConc's non-token characters do.</li>
 * <li>A character n-gram is n consecutive code points of the concatenated text of a run of
 * consecutive eligible tokens of one sentence, so it may cross a word boundary but not
 * punctuation or a sentence end.</li>
 * <li>count is the number of occurrences, range the number of documents holding one (AntConc's
 * Freq and Range); per_million is count per million n-gram tokens, where the n-gram tokens are
 * every window of the selection under the rules above, before stopwords, the query and the
 * minimums leave any out (AntConc's "N-Gram Tokens").</li>
 * <li>With hits, a window is listed once if it contains at least one whole hit (anywhere, or at
 * its left or right edge); hits longer than n contain no window.</li>
 * <li>Rows are ordered by count, descending, then by the n-gram: token by token in code-point
 * order for words (compared by type rank, never decoding), by code points for characters.</li>
 * </ul>
 * Speed and memory: with a minimum count or range above 1 a first pass counts every window in a
 * {@link CountMinSketch} (up to half the byte budget), and n-grams whose estimate is below the
 * larger minimum, or which hold a type rarer than it in the whole corpus, never enter the exact
 * table; both can only overestimate, so nothing listable is lost, and in Zipfian text most
 * distinct n-grams are rare, so the exact table is many times smaller. The exact table of packed
 * keys takes 20 bytes per slot (28 when a key needs two longs, e.g. 4- to 6-grams over 1.6M types),
 * at most 3/4 full, within the rest of the budget; when the n-grams do not fit, the key space is
 * split by hash into partitions counted in separate passes over the selection. Listed n-grams take
 * 24 bytes each (one-long keys).
 * Word bigrams without a query, the commonest large request, are counted another way when 33
 * bytes per type, a bit per corpus token and a buffer of 4 bytes per 32 corpus tokens fit the budget and the selection
 * holds at least 1/64 of the corpus: grouped by first type through a buffer filled by sequential
 * scans ({@link BigramsByFirstToken}); same rows, with no random probes into large tables, on up
 * to 4 threads (the processors, fewer if their counters, 24 bytes per type each, do not fit the
 * budget); the rest of the budget goes to the buffer, so that the scans are fewer.
 * Thread-safe: each run uses its own tables.
 */
public final class NGramCounter {
    /** The result columns. */
    public static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("ngram", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("range", ColumnType.INTEGER), new Column("per_million", ColumnType.DECIMAL));
    private static final int MAX_PARTITIONS = 1 << 16;
    /** Rows whose missing words are looked up together when the table is read. */
    private static final int ROW_BLOCK = 512;
    /** Sketch counters are bytes; above this a sketch still leaves out what it can. */
    private static final int MAX_SKETCH_CAP = 255;
    /**
     * Below one selected token in this many of the corpus, reading every position of the frequent
     * types costs more than scanning the selection.
     */
    private static final int FIRST_TOKEN_MIN_SHARE = 64;
    private final long tableBytes;
    private final boolean byFirstToken;
    private final int threads;

    /** @param tableBytes the most bytes the counting table of one run may take */
    public NGramCounter(long tableBytes) {
        this(tableBytes, true);
    }

    /**
     * @param tableBytes the most bytes the counting table of one run may take
     * @param byFirstToken whether word bigrams may be counted by {@link BigramsByFirstToken}; false
     *            to compare the paths
     */
    NGramCounter(long tableBytes, boolean byFirstToken) {
        this(tableBytes, byFirstToken, 0);
    }

    /**
     * @param tableBytes the most bytes the counting table of one run may take
     * @param byFirstToken whether word bigrams may be counted by {@link BigramsByFirstToken}
     * @param threads the most threads {@link BigramsByFirstToken} may use, or 0 for the processors
     *            (at most {@link BigramsByFirstToken#MOST_THREADS}); fewer if the budget is short
     */
    NGramCounter(long tableBytes, boolean byFirstToken, int threads) {
        this.tableBytes = tableBytes;
        this.byFirstToken = byFirstToken;
        this.threads = threads;
    }

    /**
     * A row of the table, as {@link #COLUMNS} says, for programs that count windows themselves (the
     * Spark job): word n-grams are their tokens joined by a space, character n-grams their code points.
     *
     * @param rank the row's number, from 1
     * @param ngram the n-gram
     * @param count its occurrences
     * @param range the documents holding one
     * @param windows the n-gram tokens: every window of the selection, before stopwords, a query and the minimums
     * @return the row's cells
     */
    public static List<Object> row(long rank, String ngram, long count, long range, long windows) {
        return List.of(rank, ngram, count, range, count * 1_000_000.0 / windows);
    }

    /**
     * @param corpus the corpus
     * @param selection the documents to count in
     * @param options what to count
     * @param hits query hits an n-gram must contain, or null to count every n-gram
     * @param progress for cancellation and progress
     * @return the table, columns {@link #COLUMNS}
     * @throws CorpusException if hits are given for character n-grams
     */
    public ResultTable count(CorpusView corpus, DocumentSelection selection, NGramOptions options, Hits hits,
            Progress progress) {
        if (hits != null && options.unit() == Unit.CHARACTERS) {
            throw new CorpusException("A query selects word n-grams only; use unit=words with a query");
        }
        Lexicon lexicon = corpus.lexicon();
        Components components = options.unit() == Unit.WORDS ? Components.words(lexicon, options.tokens(), options.stopwords())
                : Components.characters(lexicon, options.tokens(), options.stopwords());
        KeyLayout layout = new KeyLayout(options.n(), components.maxComponent);
        if (countsByFirstToken(corpus, selection, options, hits)) {
            NGramRows rows = new NGramRows(layout.words());
            int threads = firstTokenThreads(corpus);
            long total = new BigramsByFirstToken(corpus, options, components, layout).count(selection, progress, rows,
                    threads, firstTokenBuffer(corpus, threads));
            return table(corpus, options, layout, rows, total);
        }
        int threshold = (int) Math.min(MAX_SKETCH_CAP, Math.max(options.minCount(), options.minRange()));
        boolean[] rare = threshold > 1 && options.unit() == Unit.WORDS ? rareTypes(lexicon, threshold) : null;
        WindowScanner scanner = new WindowScanner(corpus, options, components, layout, rare);
        int[] starts = hits == null ? null : windowStarts(hits, options);
        int words = layout.words();
        long total = hits == null ? -1 : scanner.scan(selection, progress, (key, document) -> { });
        CountMinSketch sketch = null;
        if (threshold > 1) {
            sketch = new CountMinSketch(sketchBytes(corpus, selection, options, starts), threshold);
            CountMinSketch counted = sketch;
            long[] touched = {0};
            WindowBatch batch = new WindowBatch(words, (keys, hashes, documents, count) -> touched[0] += counted.addAll(hashes, count));
            if (starts == null) {
                total = scanner.scan(selection, progress, batch);
            } else {
                scanner.scanStarts(starts, starts.length, progress, batch);
            }
            batch.flush();
        }
        long tableBudget = tableBytes - (sketch == null ? 0 : sketch.bytes());
        int partitions = 1;
        while (true) {
            NGramRows rows = new NGramRows(words);
            long counted = countInPartitions(scanner, selection, options, starts, partitions, words, tableBudget,
                    sketch, threshold, rows, progress);
            if (counted >= 0) {
                return table(corpus, options, layout, rows, total >= 0 ? total : counted);
            }
            partitions *= 4;
            if (partitions > MAX_PARTITIONS) {
                throw new CorpusException("Too many distinct n-grams to count in the memory given; raise min_count or the heap");
            }
        }
    }

    /**
     * Word bigrams without a query are counted by first token when its bit per token and arrays per
     * type fit the budget and the selection is not a sliver of the corpus.
     */
    boolean countsByFirstToken(CorpusView corpus, DocumentSelection selection, NGramOptions options, Hits hits) {
        return byFirstToken && hits == null && options.unit() == Unit.WORDS && options.n() == 2
                && BigramsByFirstToken.bytes(corpus) <= tableBytes
                && selection.tokenCount(corpus) * FIRST_TOKEN_MIN_SHARE >= corpus.tokenCount();
    }

    /** As many threads as wanted whose counters fit the budget next to the first thread's. */
    int firstTokenThreads(CorpusView corpus) {
        int wanted = threads > 0 ? threads
                : Math.min(BigramsByFirstToken.MOST_THREADS, Runtime.getRuntime().availableProcessors());
        long spare = tableBytes - BigramsByFirstToken.bytes(corpus);
        long fit = 1 + Math.max(0, spare) / Math.max(1, BigramsByFirstToken.bytesPerExtraThread(corpus));
        return (int) Math.max(1, Math.min(wanted, fit));
    }

    /** @return the windows the buffer of {@link BigramsByFirstToken} holds: what the budget leaves */
    private long firstTokenBuffer(CorpusView corpus, int threads) {
        long spare = tableBytes - BigramsByFirstToken.bytes(corpus) - (threads - 1) * BigramsByFirstToken.bytesPerExtraThread(corpus);
        return Math.min(Integer.MAX_VALUE - 8, BigramsByFirstToken.smallestBuffer(corpus) + Math.max(0, spare) / Integer.BYTES);
    }

    /**
     * Types whose frequency in the whole corpus is below the threshold: an n-gram holding one
     * occurs less often than that type, in any selection.
     */
    private static boolean[] rareTypes(Lexicon lexicon, int threshold) {
        boolean[] rare = new boolean[lexicon.size()];
        for (int type = 0; type < rare.length; type++) {
            rare[type] = lexicon.frequency(type) < threshold;
        }
        return rare;
    }

    /**
     * Half the budget, but no more than four counters per possible window, so a small selection
     * does not clear a large array.
     */
    private long sketchBytes(CorpusView corpus, DocumentSelection selection, NGramOptions options, int[] starts) {
        long windows = starts != null ? starts.length : selection.tokenCount(corpus);
        if (options.unit() == Unit.CHARACTERS) {
            windows *= 4; // most Chinese words have at most 4 characters; a bound, not a count
        }
        return Math.min(tableBytes / 2, Math.max(64, 4 * windows));
    }

    /** @return the n-gram tokens counted, or -1 if a partition did not fit in the table */
    private long countInPartitions(WindowScanner scanner, DocumentSelection selection, NGramOptions options, int[] starts,
            int partitions, int words, long budget, CountMinSketch sketch, int threshold, NGramRows rows,
            Progress progress) {
        NGramTable table = new NGramTable(words, capacity(words, budget));
        int shift = 64 - Integer.numberOfTrailingZeros(partitions);
        long total = 0;
        for (int partition = 0; partition < partitions; partition++) {
            int wanted = partition;
            table.clear();
            WindowBatch batch = new WindowBatch(words, (keys, hashes, documents, count) -> {
                if (!table.addBatch(keys, hashes, documents, count, partitions == 1 ? 64 : shift, wanted, sketch, threshold)) {
                    throw new TableFull();
                }
            });
            try {
                if (starts == null) {
                    total = scanner.scan(selection, progress, batch);
                } else {
                    scanner.scanStarts(starts, starts.length, progress, batch);
                }
                batch.flush();
            } catch (TableFull full) {
                return -1;
            }
            table.harvest(rows, options.minCount(), options.minRange());
            progress.report("counting n-grams", partition + 1L, partitions);
        }
        return total;
    }

    private static int capacity(int words, long budget) {
        long slots = Math.max(16, Math.min(budget / NGramTable.slotBytes(words), (1 << 28) / words));
        return Integer.highestOneBit((int) slots);
    }

    /** The distinct starts of windows that contain a whole hit where the options want it. */
    private static int[] windowStarts(Hits hits, NGramOptions options) {
        int n = options.n();
        int[] starts = new int[Math.multiplyExact(hits.size(), options.position() == NGramOptions.HitPosition.ANY ? n : 1)];
        int count = 0;
        for (int hit = 0; hit < hits.size(); hit++) {
            int start = hits.start(hit);
            int end = hits.end(hit);
            if (end - start > n || end <= start) {
                continue;
            }
            int first = switch (options.position()) {
                case ANY -> Math.max(0, end - n);
                case LEFT -> start;
                case RIGHT -> end - n;
            };
            int last = options.position() == NGramOptions.HitPosition.RIGHT ? end - n : start;
            for (int window = first; window <= last; window++) {
                if (window >= 0) {
                    starts[count++] = window;
                }
            }
        }
        Arrays.sort(starts, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || starts[distinct - 1] != starts[i]) {
                starts[distinct++] = starts[i];
            }
        }
        return Arrays.copyOf(starts, distinct);
    }

    private static ResultTable table(CorpusView corpus, NGramOptions options, KeyLayout layout, NGramRows rows, long total) {
        int[] order = rows.order();
        boolean words = options.unit() == Unit.WORDS;
        RecentWords recent = words ? new RecentWords(corpus.lexicon()) : null;
        int n = options.n();
        int blocks = (order.length + ROW_BLOCK - 1) / ROW_BLOCK;
        return new ResultTable(COLUMNS, IntStream.range(0, blocks).boxed().flatMap(block -> {
            int from = block * ROW_BLOCK, to = Math.min(order.length, from + ROW_BLOCK);
            if (words) {
                int[] ranks = new int[(to - from) * n];
                for (int place = from; place < to; place++) {
                    for (int i = 0; i < n; i++) {
                        ranks[(place - from) * n + i] = layout.component(rows.keys(), order[place], i) - 1;
                    }
                }
                recent.load(ranks);
            }
            return IntStream.range(from, to).mapToObj(place -> {
                int row = order[place];
                String text;
                if (words) {
                    String[] parts = new String[n];
                    for (int i = 0; i < n; i++) {
                        parts[i] = recent.word(layout.component(rows.keys(), row, i) - 1);
                    }
                    text = String.join(" ", parts);
                } else {
                    int[] codePoints = new int[n];
                    for (int i = 0; i < n; i++) {
                        codePoints[i] = layout.component(rows.keys(), row, i) - 1;
                    }
                    text = new String(codePoints, 0, n);
                }
                return row(place + 1L, text, rows.count(row), rows.range(row), total);
            });
        }));
    }

    /**
     * The words of recent rows by rank, in slots the rank picks. The same words come back row
     * after row (millions of rows of a few hundred thousand words), and a word looked up in the
     * lexicon in the random order of the rows costs a cache and TLB miss on the mapped lexicon
     * twice over: decoding the rows took a third longer without these 64K slots. The words a
     * block of rows lacks are looked up together ({@link #load}), so that those misses overlap.
     * One per table, not thread-safe.
     */
    private static final class RecentWords {
        private static final int SLOTS = 1 << 16;
        private final Lexicon lexicon;
        private final String[] words = new String[SLOTS];
        private final int[] ranks = new int[SLOTS];

        RecentWords(Lexicon lexicon) {
            this.lexicon = lexicon;
        }

        /** Puts the words of these ranks into their slots, looking up those not there together. */
        void load(int[] wanted) {
            int[] missing = new int[wanted.length];
            int count = 0;
            for (int rank : wanted) {
                int slot = rank & (SLOTS - 1);
                if (words[slot] == null || ranks[slot] != rank) {
                    missing[count++] = rank;
                }
            }
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = lexicon.idOfRank(missing[i]);
            }
            String[] found = lexicon.types(ids);
            for (int i = 0; i < count; i++) {
                int slot = missing[i] & (SLOTS - 1);
                words[slot] = found[i];
                ranks[slot] = missing[i];
            }
        }

        String word(int rank) {
            int slot = rank & (SLOTS - 1);
            String word = words[slot];
            if (word == null || ranks[slot] != rank) {
                word = lexicon.type(lexicon.idOfRank(rank));
                words[slot] = word;
                ranks[slot] = rank;
            }
            return word;
        }
    }

    /** Stops a pass whose partition outgrew the table; cheap, as it carries no stack trace. */
    private static final class TableFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TableFull() {
            super(null, null, false, false);
        }
    }
}
