package org.corpusbench.analysis.frequency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;

/**
 * Measures every counted type's dispersion in one sequential pass over the selection's tokens,
 * for when a frequency list is read far past its top rows: reading postings type by type costs a
 * random access per posting, which on a million rare types is many times a plain scan. The pass
 * itself is bound by the random update of a type's record per token, so up to four threads share
 * the types between them (see {@link #run}); each still reads the tokens in corpus order.
 *
 * <p>Same measures and the same arithmetic, in the same order, as {@link DispersionMeter} (a
 * type's parts are met in corpus order either way), so both give identical doubles. Per type one
 * record of eight longs (64 bytes), so that a token touches one record and not one slot in each of
 * several arrays of a million types: the last document seen and its count so far (a part is added
 * to the sums when the type shows up in a later document, or at the end), the first and previous
 * counted-sequence index (ARF's distances, the last one going round the end), ARF's sum of short
 * distances and number of long ones with the type's frequency, DP's exact sum, Welford's sums, and
 * range. The pass pays for the records that are not in the cache, not for reading the tokens
 * (see {@link Types} for how it keeps many of those misses in flight at once).
 */
final class DispersionPass {
    /** Slots of a type's record; two ints share a long where they are read together. */
    private static final int DOCUMENT_AND_COUNT = 0, FIRST_AND_PREVIOUS = 1, SHORT_DISTANCES = 2,
            LONG_DISTANCES_AND_FREQUENCY = 3, DEVIATIONS = 4, MEAN = 5, SQUARES = 6, RANGE = 7, SLOTS = 8;
    private static final long LOW = 0xFFFF_FFFFL;
    /**
     * Longs before the first record. An array this large is a humongous object to G1 and starts a
     * heap region, its elements 16 bytes in; six more longs put each record on one 64-byte cache
     * line instead of across two. Where that does not hold it costs nothing but the speed it gains.
     */
    private static final int PADDING = 6;
    /** More threads than this add little: the pass is bound by memory, which a few threads saturate. */
    static final int MOST_THREADS = 4;
    /** The share of the heap the pass's records may take; past it the pass runs single-threaded. */
    private static final double HEAP_SHARE = 0.4;

    private final CorpusView corpus;
    private final CountedSelection selection;
    private final long[] records;
    /** One bit per type: whether it has counted tokens in the selection, so a token's place in the sequence is known without its record. */
    private final long[] counted;
    /** Whether every token is counted (token types "all"), so {@link #counted} need not be looked at. */
    private final boolean countsAll;
    /** One bit per type: counted and not measured already, so its tokens update its record. */
    private final long[] wanted;
    /** The counted tokens of the wanted types, what the threads share. */
    private final long wantedTokens;

    private DispersionPass(CorpusView corpus, CountedSelection selection, int[] measured) {
        this.corpus = corpus;
        this.selection = selection;
        int[] counts = selection.counts;
        records = new long[PADDING + counts.length * SLOTS];
        counted = new long[(counts.length >>> 6) + 1];
        for (int type = 0; type < counts.length; type++) {
            records[PADDING + type * SLOTS + DOCUMENT_AND_COUNT] = -1L << 32; // no document yet
            records[PADDING + type * SLOTS + LONG_DISTANCES_AND_FREQUENCY] = counts[type];
            if (counts[type] > 0) {
                counted[type >>> 6] |= 1L << type;
            }
        }
        countsAll = selection.countsAll;
        wanted = counted.clone();
        long skipped = 0;
        for (int type : measured) {
            skipped += (wanted[type >>> 6] >>> type & 1) * counts[type];
            wanted[type >>> 6] &= ~(1L << type);
        }
        wantedTokens = selection.tokens - skipped;
    }

    /**
     * Splits the types (not the documents) among up to {@link #MOST_THREADS} threads, each reading
     * every selected token but updating only its own types' records: every type's parts are still
     * added up by one thread in corpus order, so the doubles are exactly those of one pass (a split
     * by documents would have to merge Welford's floating-point sums, which does not give the same
     * bits; DP's sum is exact and would merge). Reading the token stream again is cheap next to the random record updates it
     * spares each thread. Threads come from a pool made and shut down per run: no state outlives it,
     * and the work is long and blocking, which the shared common pool (one thread on two cores) is not for.
     *
     * @param corpus the corpus
     * @param documents the selected documents, those {@code selection} was counted from
     * @param selection their counted tokens
     * @param progress for progress and cancellation while reading the tokens
     * @param measured types measured already (from their postings), which the pass leaves out: the
     *        most frequent ones, whose tokens would be a large share of its work
     * @return the dispersion of every other type counted in the selection, ready to be read
     */
    static DispersionPass run(CorpusView corpus, DocumentSelection documents, CountedSelection selection,
            Progress progress, int[] measured) {
        return run(corpus, documents, selection, progress, measured, threads(selection.counts.length));
    }

    /** As {@link #run(CorpusView, DocumentSelection, CountedSelection, Progress, int[])}, measuring every counted type. */
    static DispersionPass run(CorpusView corpus, DocumentSelection documents, CountedSelection selection,
            Progress progress) {
        return run(corpus, documents, selection, progress, new int[0]);
    }

    /** As {@link #run(CorpusView, DocumentSelection, CountedSelection, Progress)} on a given number of threads. */
    static DispersionPass run(CorpusView corpus, DocumentSelection documents, CountedSelection selection,
            Progress progress, int threads) {
        return run(corpus, documents, selection, progress, new int[0], threads);
    }

    /** As {@link #run(CorpusView, DocumentSelection, CountedSelection, Progress, int[])} on a given number of threads. */
    static DispersionPass run(CorpusView corpus, DocumentSelection documents, CountedSelection selection,
            Progress progress, int[] measured, int threads) {
        DispersionPass pass = new DispersionPass(corpus, selection, measured);
        int[] bounds = pass.typeBounds(threads);
        if (threads == 1) {
            pass.measure(documents, bounds[0], bounds[1], progress);
            return pass;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "frequency-dispersion-pass");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> others = new ArrayList<>();
            Progress quiet = new CancellationOnly(progress);
            for (int part = 1; part < threads; part++) {
                int from = bounds[part], to = bounds[part + 1];
                others.add(pool.submit(() -> pass.measure(documents, from, to, quiet)));
            }
            RuntimeException failure = null;
            try {
                pass.measure(documents, bounds[0], bounds[1], progress);
            } catch (RuntimeException e) {
                failure = e;
            }
            // Wait for every thread even after a failure, so none still writes the records when this returns.
            for (Future<?> other : others) {
                try {
                    getUninterruptibly(other);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return pass;
        } finally {
            pool.shutdown();
        }
    }

    /** Threads for the pass: the processors, at most {@link #MOST_THREADS}, fewer if the heap is small. */
    private static int threads(int types) {
        long recordBytes = (long) types * SLOTS * Long.BYTES;
        boolean roomy = recordBytes <= HEAP_SHARE * Runtime.getRuntime().maxMemory();
        return roomy ? Math.max(1, Math.min(MOST_THREADS, Runtime.getRuntime().availableProcessors())) : 1;
    }

    private static void getUninterruptibly(Future<?> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Type ids cut into contiguous ranges holding about equal numbers of wanted tokens: {@code threads + 1} bounds. */
    private int[] typeBounds(int threads) {
        int[] counts = selection.counts;
        int[] bounds = new int[threads + 1];
        bounds[threads] = counts.length;
        long sum = 0;
        int part = 1;
        for (int type = 0; type < counts.length && part < threads; type++) {
            sum += (wanted[type >>> 6] >>> type & 1) * counts[type];
            while (part < threads && sum * threads >= wantedTokens * part) {
                bounds[part++] = type + 1;
            }
        }
        while (part < threads) {
            bounds[part++] = counts.length;
        }
        return bounds;
    }

    /** Reads every selected token, measuring the types {@code from..to-1}, and ends their last parts. */
    private void measure(DocumentSelection documents, int from, int to, Progress progress) {
        Types types = new Types(from, to);
        documents.forEachDocument(corpus, progress, types);
        for (int type = from; type < to; type++) {
            long documentAndCount = records[PADDING + type * SLOTS + DOCUMENT_AND_COUNT];
            if (documentAndCount >= 0) {
                endPart(PADDING + type * SLOTS, (int) (documentAndCount >>> 32), (int) documentAndCount);
            }
        }
    }

    /**
     * One thread's share: the records of types {@code from..to-1}. A document's tokens are taken in
     * batches, each in three loops: the first picks out this thread's counted tokens and their
     * places in the counted sequence without a branch on the type, the second only loads each
     * one's record, the third updates the records. Updating straight away stalls on every record
     * that is not in the cache, and a mispredicted branch on the record (same document? distance
     * short?) throws away the loads issued behind it, so the misses come one at a time; the loads
     * of the second loop are independent and branch-free, so many misses are in flight together
     * and the third loop finds its records in the cache.
     */
    private final class Types implements DocumentSelection.DocumentTokens {
        private static final int BATCH = 256;
        private final int from;
        private final int width;
        private final int[] batchTypes = new int[BATCH];
        private final int[] batchIndexes = new int[BATCH];
        /** The next counted token's index in the selection's counted sequence. */
        private int sequence;
        /** What the second loop read, kept so that its loads are not optimised away. */
        private long touched;

        Types(int from, int to) {
            this.from = from;
            this.width = to - from;
        }

        @Override
        public void accept(int document, int start, int end) {
            long[] records = DispersionPass.this.records;
            long[] counted = DispersionPass.this.counted;
            long[] wanted = DispersionPass.this.wanted;
            boolean countsAll = DispersionPass.this.countsAll;
            int[] types = batchTypes;
            int[] indexes = batchIndexes;
            int index = sequence;
            long read = touched;
            for (int batch = start; batch < end; batch += BATCH) {
                int batchEnd = Math.min(end, batch + BATCH);
                int mine = 0;
                for (int position = batch; position < batchEnd; position++) {
                    int type = corpus.typeId(position);
                    // Uncounted kinds of token take no place in the sequence; other threads' types do.
                    int counts = countsAll ? 1 : (int) (counted[type >>> 6] >>> type) & 1;
                    int wants = (int) (wanted[type >>> 6] >>> type) & 1;
                    types[mine] = type;
                    indexes[mine] = index;
                    mine += wants & (Integer.compareUnsigned(type - from, width) < 0 ? 1 : 0);
                    index += counts;
                }
                for (int k = 0; k < mine; k++) {
                    read += records[PADDING + types[k] * SLOTS];
                }
                for (int k = 0; k < mine; k++) {
                    count(types[k], indexes[k], document);
                }
            }
            sequence = index;
            touched = read;
        }
    }

    /** Adds one counted token of the type at the given place in the sequence, in the given document. */
    private void count(int type, long index, int document) {
        int at = PADDING + type * SLOTS;
        long longAndFrequency = records[at + LONG_DISTANCES_AND_FREQUENCY];
        int frequency = (int) longAndFrequency;
        long documentAndCount = records[at + DOCUMENT_AND_COUNT];
        int last = (int) (documentAndCount >> 32);
        if (last == document) {
            records[at + DOCUMENT_AND_COUNT] = documentAndCount + 1;
        } else {
            if (last >= 0) {
                endPart(at, last, (int) documentAndCount);
            }
            records[at + DOCUMENT_AND_COUNT] = (long) document << 32 | 1;
        }
        long firstAndPrevious = records[at + FIRST_AND_PREVIOUS];
        if (last < 0) {
            records[at + FIRST_AND_PREVIOUS] = index << 32 | index;
        } else {
            long distance = index - (firstAndPrevious & LOW);
            // As DispersionMeter.isShort, without a branch: short and long distances come mixed, so a branch would often miss.
            long isShort = distance * frequency <= selection.tokens ? 1 : 0;
            records[at + SHORT_DISTANCES] += distance & -isShort;
            records[at + LONG_DISTANCES_AND_FREQUENCY] = longAndFrequency + ((1 - isShort) << 32);
            records[at + FIRST_AND_PREVIOUS] = firstAndPrevious & ~LOW | index;
        }
    }

    /** The caller's cancellation without its progress reports, for all threads but one: reports come from one thread, in order. */
    private record CancellationOnly(Progress progress) implements Progress {
        @Override
        public void report(String stage, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }
    }

    /** Adds the type's part in a document to D's and DP's sums, as {@link DispersionMeter#measure} does. */
    private void endPart(int at, int document, int inDocument) {
        int frequency = (int) records[at + LONG_DISTANCES_AND_FREQUENCY];
        records[at + DEVIATIONS] += selection.sequence.deviation(inDocument, selection.size[document], frequency);
        double relative = inDocument / (double) selection.size[document];
        long parts = ++records[at + RANGE];
        double mean = value(at + MEAN);
        double delta = relative - mean;
        mean += delta / parts;
        records[at + MEAN] = bits(mean);
        records[at + SQUARES] = bits(value(at + SQUARES) + delta * (relative - mean));
    }

    private double value(int slot) {
        return Double.longBitsToDouble(records[slot]);
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    /**
     * Loads the records of these types, so that reading their dispersions next finds them in the
     * cache: the loads are independent, so their misses overlap.
     */
    void readAhead(int[] types) {
        long read = 0;
        for (int type : types) {
            read += records[PADDING + type * SLOTS];
        }
        if (read == Long.MIN_VALUE) {
            Thread.onSpinWait(); // never in practice: it only makes the loads count
        }
    }

    /**
     * @param type a type counted in the selection and not among those measured already
     * @return its dispersion
     */
    Dispersion dispersion(int type) {
        int at = PADDING + type * SLOTS;
        long longAndFrequency = records[at + LONG_DISTANCES_AND_FREQUENCY];
        int frequency = (int) longAndFrequency;
        long longDistances = longAndFrequency >>> 32;
        long shortDistances = records[at + SHORT_DISTANCES];
        long firstAndPrevious = records[at + FIRST_AND_PREVIOUS];
        long around = selection.tokens - (firstAndPrevious & LOW) + (firstAndPrevious >>> 32);
        if (selection.sequence.isShort(around, frequency)) {
            shortDistances += around;
        } else {
            longDistances++;
        }
        return selection.sequence.dispersion((int) records[at + RANGE], value(at + MEAN), value(at + SQUARES),
                records[at + DEVIATIONS], frequency, shortDistances, longDistances);
    }
}
