package org.corpusbench.analysis.ngrams;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;

/**
 * Counts word bigrams (no query) exactly, first token by first token, with the corpus's position
 * lists instead of a hash table: the same n-grams, counts and ranges as {@link WindowScanner} and
 * {@link NGramTable} give, found another way.
 * <ol>
 * <li>One pass in token order over the selection marks, one bit per corpus position, where a
 * bigram window starts (two eligible tokens of one sentence in a selected document) and counts
 * those windows, the per-million total. For a sub-selection it also counts the windows each type
 * starts; for the whole corpus a type's frequency bounds that.</li>
 * <li>For each eligible first type that can start enough windows to reach the larger minimum, its
 * positions are read in ascending order; at each marked one the second token's type is counted
 * in a dense array the size of the lexicon, with its range kept by remembering the last document
 * seen (positions ascend, so documents do too). Only the touched counters are harvested and reset
 * before the next first type.</li>
 * </ol>
 * Why: each window then costs a read of the token after a position of the same type, ascending,
 * and an increment in a small array, instead of random probes into tables of hundreds of
 * megabytes. Memory: one bit per corpus token plus 20 bytes per type (24 for a sub-selection),
 * besides the listed rows. Cost: every position of each counted first type is read, also outside
 * the selection, so {@link NGramCounter} takes this path only for selections that are not tiny.
 * Threads: the first types are cut into contiguous id ranges of about equal work (positions, plus
 * a fixed cost per type), one range per thread, each with its own counters (16 bytes per type, plus 4 for the
 * touched list) and its own rows; every (first, second) pair is counted whole by the one thread
 * owning its first type, so the rows, appended range by range, are exactly those of one thread, in
 * the same order. Spare threads help because the work is bound by cache misses, not arithmetic.
 * One instance serves one run; not thread-safe itself.
 */
final class BigramsByFirstToken {
    /** Up to this many documents ahead are stepped through before a binary search. */
    private static final int DOCUMENT_STEPS = 2;
    /** Positions whose following tokens are read together. */
    private static final int BATCH = 256;
    /** More threads than this gain little: the threads share the memory bus. */
    static final int MOST_THREADS = 4;
    private static final String STAGE = "counting n-grams";
    /**
     * What a first type costs besides its positions, in positions: getting its list, harvesting
     * its counters, and the misses of sparse positions. Measured on a Zipfian corpus (20M tokens,
     * 1.6M types): without it the range of rare types took 1.4 times as long as the frequent one.
     */
    private static final int TYPE_COST = 16;
    private final CorpusView corpus;
    private final NGramOptions options;
    private final Components components;
    private final KeyLayout layout;
    private final int[] documentStarts;

    BigramsByFirstToken(CorpusView corpus, NGramOptions options, Components components, KeyLayout layout) {
        this.corpus = corpus;
        this.options = options;
        this.components = components;
        this.layout = layout;
        this.documentStarts = new int[corpus.documentCount() + 1];
        for (int document = 0; document < documentStarts.length; document++) {
            documentStarts[document] = corpus.documentStart(document);
        }
    }

    /** @return the bytes a run on one thread takes besides its rows */
    static long bytes(CorpusView corpus, DocumentSelection selection) {
        long perType = selection == DocumentSelection.ALL ? 20 : 24;
        return 8L * ((corpus.tokenCount() >>> 6) + 1) + perType * corpus.lexicon().size() + 4L * corpus.documentCount();
    }

    /** @return the bytes each thread past the first adds: its counters and touched list */
    static long bytesPerExtraThread(CorpusView corpus) {
        return 20L * corpus.lexicon().size();
    }

    /**
     * @param threads how many threads count the followers, at least 1
     * @param rows receives the bigrams that reach both minimums
     * @return the number of bigram windows in the selection, stopwords and minimums not applied
     */
    long count(DocumentSelection selection, Progress progress, NGramRows rows, int threads) {
        long[] starts = new long[(corpus.tokenCount() >>> 6) + 1];
        int[] startedBy = selection == DocumentSelection.ALL ? null : new int[corpus.lexicon().size()];
        long total = markWindowStarts(selection, progress, starts, startedBy);
        countFollowers(starts, startedBy, progress, rows, threads);
        return total;
    }

    private long markWindowStarts(DocumentSelection selection, Progress progress, long[] starts, int[] startedBy) {
        boolean[] eligible = components.eligible;
        long[] total = {0};
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            if (from == to) {
                return;
            }
            int sentence = Sentences.indexOf(corpus, from);
            int nextSentence = corpus.sentenceStart(sentence + 1);
            int previous = -1;
            long found = 0;
            for (int position = from; position < to; position++) {
                while (nextSentence <= position) {
                    nextSentence = corpus.sentenceStart(++sentence + 1);
                    previous = -1;
                }
                int type = corpus.typeId(position);
                if (!eligible[type]) {
                    previous = -1;
                    continue;
                }
                if (previous >= 0) {
                    starts[(position - 1) >>> 6] |= 1L << (position - 1);
                    found++;
                    if (startedBy != null) {
                        startedBy[previous]++;
                    }
                }
                previous = type;
            }
            total[0] += found;
        });
        return total[0];
    }

    /**
     * Runs the first ranges on a pool made and shut down per run (no state outlives it; the work is
     * long and blocking, which the shared common pool is not for), the first range on the calling
     * thread, which alone reports progress; every thread checks for cancellation.
     */
    private void countFollowers(long[] starts, int[] startedBy, Progress progress, NGramRows rows, int threads) {
        boolean[] counted = countedFirsts(startedBy);
        long positions = positionsToRead(counted);
        int[] bounds = firstBounds(counted, threads);
        AtomicLong done = new AtomicLong();
        if (threads == 1) {
            countRange(starts, counted, bounds[0], bounds[1], rows, progress, done, positions);
            progress.report(STAGE, positions, positions);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "ngrams-bigrams-by-first-token");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<NGramRows>> others = new ArrayList<>();
            Progress quiet = new CancellationOnly(progress);
            for (int part = 1; part < threads; part++) {
                int from = bounds[part], to = bounds[part + 1];
                others.add(pool.submit(() -> {
                    NGramRows own = new NGramRows(layout.words());
                    countRange(starts, counted, from, to, own, quiet, done, positions);
                    return own;
                }));
            }
            RuntimeException failure = null;
            try {
                countRange(starts, counted, bounds[0], bounds[1], rows, progress, done, positions);
            } catch (RuntimeException e) {
                failure = e;
            }
            // wait for every thread even after a failure, so that none still runs when this returns
            List<NGramRows> parts = new ArrayList<>();
            for (Future<NGramRows> other : others) {
                try {
                    parts.add(getUninterruptibly(other));
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            rows.appendAll(parts);
            progress.report(STAGE, positions, positions);
        } finally {
            pool.shutdown();
        }
    }

    /** @return per type, whether it is a first type whose positions are read */
    private boolean[] countedFirsts(int[] startedBy) {
        Lexicon lexicon = corpus.lexicon();
        long cut = Math.max(options.minCount(), options.minRange());
        boolean[] counted = new boolean[lexicon.size()];
        for (int first = 0; first < counted.length; first++) {
            long reach = startedBy != null ? startedBy[first] : lexicon.frequency(first);
            boolean leftOut = components.stopTypes.get(first) && options.stopwordRule() != StopwordRule.ALL;
            counted[first] = components.eligible[first] && reach >= cut && !leftOut;
        }
        return counted;
    }

    private long positionsToRead(boolean[] counted) {
        long positions = 0;
        for (int type = 0; type < counted.length; type++) {
            positions += counted[type] ? corpus.lexicon().frequency(type) : 0;
        }
        return positions;
    }

    /**
     * Type ids cut into contiguous ranges of about equal work, positions to read plus
     * {@link #TYPE_COST} per counted type: {@code threads + 1} bounds.
     */
    private int[] firstBounds(boolean[] counted, int threads) {
        Lexicon lexicon = corpus.lexicon();
        long all = 0;
        for (int type = 0; type < counted.length; type++) {
            all += counted[type] ? lexicon.frequency(type) + TYPE_COST : 0;
        }
        int[] bounds = new int[threads + 1];
        bounds[threads] = counted.length;
        long sum = 0;
        int part = 1;
        for (int type = 0; type < counted.length && part < threads; type++) {
            sum += counted[type] ? lexicon.frequency(type) + TYPE_COST : 0;
            while (part < threads && sum * threads >= all * part) {
                bounds[part++] = type + 1;
            }
        }
        while (part < threads) {
            bounds[part++] = counted.length;
        }
        return bounds;
    }

    /** Counts the followers of the counted first types in {@code [from, to)} into {@code rows}. */
    private void countRange(long[] starts, boolean[] counted, int from, int to, NGramRows rows, Progress progress,
            AtomicLong done, long positions) {
        Lexicon lexicon = corpus.lexicon();
        Followers followers = new Followers(starts, counted.length, rows);
        long read = 0;
        for (int first = from; first < to; first++) {
            if (first == from || (first & 0x3FF) == 0) {
                progress.checkCancelled();
                progress.report(STAGE, done.addAndGet(read), positions);
                read = 0;
            }
            if (counted[first]) {
                followers.add(first, corpus.positions(first));
                read += lexicon.frequency(first);
            }
        }
        followers.finish();
        done.addAndGet(read);
    }

    private static <T> T getUninterruptibly(Future<T> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
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

    /** Passes on cancellation only: the other threads do not report progress. */
    private record CancellationOnly(Progress progress) implements Progress {
        @Override
        public void report(String stage, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }
    }

    /**
     * Counts the second tokens after the positions of one first type after another. Positions are
     * queued in batches that may hold several short position lists, so that the reads of the
     * following tokens, each likely a cache miss, overlap; the counters of a first type are
     * harvested when the next one's positions come up.
     */
    private final class Followers {
        private static final int COUNT = 0;
        private static final int RANGE = 1;
        private static final int LAST_DOCUMENT = 2;
        /** Ints per type in {@link #cells}: the three counters share a cache line. */
        private static final int STRIDE = 4;
        private final long[] starts;
        private final NGramRows rows;
        private final boolean stopwords = !options.stopwords().words().isEmpty();
        private final int lastPosition = corpus.tokenCount() - 1;
        private final int[] cells;
        private final int[] touched;
        private final int[] batchPositions = new int[BATCH];
        private final int[] batchFirsts = new int[BATCH];
        private final int[] batchSeconds = new int[BATCH];
        private final int[] batchMarks = new int[BATCH];
        private final int[] batchPrefetched = new int[BATCH];
        private final int[] pair = new int[2];
        private final long[] key = new long[layout.words()];
        private int queued;
        private int touchedCount;
        private int current = -1;
        private int document;
        private boolean dropStopwordSeconds;

        Followers(long[] starts, int types, NGramRows rows) {
            this.starts = starts;
            this.rows = rows;
            this.cells = new int[types * STRIDE];
            this.touched = new int[types];
            for (int type = 0; type < types; type++) {
                cells[type * STRIDE + LAST_DOCUMENT] = -1;
            }
        }

        void add(int first, IntBuffer positions) {
            for (int from = positions.position(), end = positions.limit(); from < end; ) {
                int size = Math.min(BATCH - queued, end - from);
                positions.get(from, batchPositions, queued, size);
                Arrays.fill(batchFirsts, queued, queued + size, first);
                queued += size;
                from += size;
                if (queued == BATCH) {
                    countBatch();
                }
            }
        }

        void finish() {
            countBatch();
            harvest();
        }

        private void countBatch() {
            // no branch here, so the reads of the following tokens and of their counters overlap;
            // the counters read are kept only so that the reads are not optimised away
            for (int i = 0; i < queued; i++) {
                int position = batchPositions[i];
                batchMarks[i] = (int) (starts[position >>> 6] >>> position) & 1;
                int second = corpus.typeId(Math.min(position + 1, lastPosition));
                batchSeconds[i] = second;
                batchPrefetched[i] = cells[second * STRIDE];
            }
            for (int i = 0; i < queued; i++) {
                if (batchFirsts[i] != current) {
                    harvest();
                    start(batchFirsts[i]);
                }
                int second = batchSeconds[i];
                if (batchMarks[i] == 0 || dropStopwordSeconds && components.stopTypes.get(second)) {
                    continue;
                }
                document = documentOf(batchPositions[i], document);
                int cell = second * STRIDE;
                if (cells[cell + COUNT]++ == 0) {
                    touched[touchedCount++] = second;
                }
                // positions ascend, so a document not seen last is a new one
                cells[cell + RANGE] += cells[cell + LAST_DOCUMENT] != document ? 1 : 0;
                cells[cell + LAST_DOCUMENT] = document;
            }
            queued = 0;
        }

        private void start(int first) {
            current = first;
            document = 0;
            // any and edge: a stopword second token; all: a stopword after a stopword
            dropStopwordSeconds = stopwords
                    && (options.stopwordRule() != StopwordRule.ALL || components.stopTypes.get(first));
        }

        private void harvest() {
            if (current < 0) {
                return;
            }
            pair[0] = components.wordComponent[current];
            for (int t = 0; t < touchedCount; t++) {
                int cell = touched[t] * STRIDE;
                int count = cells[cell + COUNT];
                int range = cells[cell + RANGE];
                if (count >= options.minCount() && range >= options.minRange()) {
                    pair[1] = components.wordComponent[touched[t]];
                    layout.pack(pair, 0, key);
                    rows.add(key, 0, count, range);
                }
                cells[cell + COUNT] = 0;
                cells[cell + RANGE] = 0;
                cells[cell + LAST_DOCUMENT] = -1;
            }
            touchedCount = 0;
        }
    }

    /** @return the document holding {@code position}, at or after {@code from} */
    private int documentOf(int position, int from) {
        int document = from;
        for (int step = 0; step < DOCUMENT_STEPS; step++) {
            if (documentStarts[document + 1] > position) {
                return document;
            }
            document++;
        }
        int low = document;
        int high = documentStarts.length - 2;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (documentStarts[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
