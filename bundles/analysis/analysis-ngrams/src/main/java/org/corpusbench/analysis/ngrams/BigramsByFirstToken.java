package org.corpusbench.analysis.ngrams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;

/**
 * Counts word bigrams (no query) exactly, grouped by first token, with sequential scans of the
 * token stream and a bounded buffer instead of a hash table of every pair: the same n-grams,
 * counts and ranges as {@link WindowScanner} and {@link NGramTable} give, found another way.
 * <ol>
 * <li>One scan marks, one bit per corpus position, where a window starts (two eligible tokens of
 * one sentence of a selected document) and counts the windows each first type starts, per part
 * of the documents (one part per thread). A first type that starts fewer windows than the larger
 * minimum cannot make a row and is left out.</li>
 * <li>The counted first types are cut into contiguous id ranges, buckets, whose windows fill the
 * buffer. Per bucket one scan of the marked positions, each thread over its own part, writes each
 * window of the bucket's first types into that type's slot of the buffer, where the counts of
 * step 1 reserved room in part order: a first type's windows then lie together in position
 * order, each as its second type with a bit saying whether it opens a new document. Each thread
 * then counts a share of the first types: a small group is sorted and read run by run, a large
 * one counted in a dense array the size of the lexicon whose touched counters are harvested. A
 * first type starting more windows than the buffer holds is counted straight into dense arrays
 * during its own scan.</li>
 * </ol>
 * Why: scans read the mapped token stream in order, which memory and the page cache do fast;
 * reading the token after each position of a type, as one would with the position lists, costs a
 * cache and page-table miss per window on a large corpus, and a table of every pair holds tens of
 * millions of pairs seen once. On a Zipfian corpus of 200M tokens this took 1.5-2 times less time
 * than the position lists did. Memory: {@link #bytes} for one thread, {@link #bytesPerExtraThread}
 * for each other, and the buffer, 4 bytes per window it holds, besides the listed rows; the scans
 * are about the windows divided by the buffer's entries, plus one.
 * One instance serves one run; not thread-safe itself.
 */
final class BigramsByFirstToken {
    /** More threads than this gain little: the threads share the memory bus. */
    static final int MOST_THREADS = 4;
    /** The buffer holds at least the corpus's tokens divided by this, so scans stay few. */
    static final int MOST_SCANS = 32;
    /** Groups of fewer windows are sorted; larger ones are counted in a dense array. */
    private static final int SORTED_GROUP = 512;
    /** Window counts added together by {@link #markWindows}. */
    private static final int MARK_BATCH = 256;
    private static final String STAGE = "counting n-grams";
    /** Marks a buffered window as its first type's first in a new document. */
    private static final int NEW_DOCUMENT = Integer.MIN_VALUE;
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

    /** @return the bytes a run on one thread takes besides its rows, with the smallest buffer allowed */
    static long bytes(CorpusView corpus) {
        return 33L * corpus.lexicon().size() + corpus.tokenCount() / 8 + 4L * corpus.documentCount()
                + Integer.BYTES * smallestBuffer(corpus);
    }

    /** @return the bytes each thread past the first adds: its window counts, cursors and dense counters */
    static long bytesPerExtraThread(CorpusView corpus) {
        return 24L * corpus.lexicon().size();
    }

    /** @return the fewest windows the buffer may hold */
    static long smallestBuffer(CorpusView corpus) {
        return corpus.tokenCount() / MOST_SCANS + 1;
    }

    /**
     * @param threads how many threads scan and count, at least 1
     * @param bufferEntries windows the buffer may hold, at least {@link #smallestBuffer}
     * @param rows receives the bigrams that reach both minimums
     * @return the number of bigram windows in the selection, stopwords and minimums not applied
     */
    long count(DocumentSelection selection, Progress progress, NGramRows rows, int threads, long bufferEntries) {
        int[] partStarts = partStarts(threads);
        // Per part and type two ints side by side, so a window touches one cache line for both: the windows
        // the type starts there (then its cursor in the buffer) and the last document it was seen in.
        int[][] windows = new int[threads][2 * corpus.lexicon().size()];
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "ngrams-bigrams-by-first-token");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Parallel parallel = new Parallel(pool, threads, progress);
            long[] starts = new long[(corpus.tokenCount() >>> 6) + 1];
            long[][] edges = new long[threads][2];
            parallel.run(part -> markWindows(selection, partStarts, part, starts, edges[part], windows[part],
                    parallel.progress(part)));
            for (int part = 0; part < threads; part++) {
                starts[documentStarts[partStarts[part]] >>> 6] |= edges[part][0];
                starts[documentStarts[partStarts[part + 1]] >>> 6] |= edges[part][1];
            }
            long total = 0;
            int[] perType = new int[corpus.lexicon().size()];
            for (int[] part : windows) {
                for (int type = 0; type < perType.length; type++) {
                    perType[type] += part[2 * type];
                    total += part[2 * type];
                }
            }
            boolean[] counted = countedFirsts(perType);
            List<long[]> buckets = buckets(perType, counted, bufferEntries);
            int[] buffer = new int[(int) buckets.stream().mapToLong(bucket -> bucket[2])
                    .filter(filled -> filled <= bufferEntries).max().orElse(0)];
            NGramRows[] parts = new NGramRows[threads];
            Followers[] followers = new Followers[threads];
            for (int part = 0; part < threads; part++) {
                parts[part] = part == 0 ? rows : new NGramRows(layout.words());
                followers[part] = new Followers(perType.length, parts[part]);
            }
            for (int b = 0; b < buckets.size(); b++) {
                progress.report(STAGE, b, buckets.size());
                int from = (int) buckets.get(b)[0], to = (int) buckets.get(b)[1];
                if (buckets.get(b)[2] > bufferEntries) {
                    countDirectly(from, starts, partStarts, parallel, followers);
                } else {
                    countBucket(from, to, counted, windows, buffer, starts, partStarts, parallel, followers);
                }
            }
            rows.appendAll(Arrays.asList(parts).subList(1, threads));
            progress.report(STAGE, buckets.size(), buckets.size());
            return total;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** @return {@code threads + 1} document indices cutting the corpus into parts of about equal tokens */
    private int[] partStarts(int threads) {
        int documents = documentStarts.length - 1;
        int[] starts = new int[threads + 1];
        starts[threads] = documents;
        for (int part = 1; part < threads; part++) {
            long target = (long) corpus.tokenCount() * part / threads;
            int document = starts[part - 1];
            while (document < documents && documentStarts[document] < target) {
                document++;
            }
            starts[part] = document;
        }
        return starts;
    }

    /** @return per type, whether it is a first type whose windows are counted */
    private boolean[] countedFirsts(int[] windows) {
        long cut = Math.max(options.minCount(), options.minRange());
        boolean[] counted = new boolean[windows.length];
        for (int first = 0; first < counted.length; first++) {
            boolean leftOut = components.stopTypes.get(first) && options.stopwordRule() != StopwordRule.ALL;
            counted[first] = windows[first] > 0 && windows[first] >= cut && !leftOut;
        }
        return counted;
    }

    /**
     * @return contiguous first type ranges {from, to, windows} whose counted windows fit the buffer,
     *         from a counted type; a type with more windows than the buffer holds is a range of its own
     */
    private static List<long[]> buckets(int[] windows, boolean[] counted, long bufferEntries) {
        List<long[]> buckets = new ArrayList<>();
        int from = -1;
        long filled = 0;
        for (int type = 0; type < windows.length; type++) {
            long own = counted[type] ? windows[type] : 0;
            if (own == 0) {
                continue;
            }
            if (from >= 0 && filled + own > bufferEntries) {
                buckets.add(new long[] {from, type, filled});
                from = -1;
            }
            if (from < 0) {
                from = type;
                filled = 0;
            }
            filled += own;
        }
        if (from >= 0) {
            buckets.add(new long[] {from, windows.length, filled});
        }
        return buckets;
    }

    /**
     * Scans the bucket's windows into the buffer, then counts its first types, a share per thread.
     * The window counts of the bucket's types become, in place, the cursors of each part's slots,
     * and the documents beside them are reset.
     */
    private void countBucket(int from, int to, boolean[] counted, int[][] windows, int[] buffer,
            long[] starts, int[] partStarts, Parallel parallel, Followers[] followers) {
        int size = to - from;
        int parts = windows.length;
        int[] groupStarts = new int[size + 1];
        int filled = 0;
        for (int local = 0; local < size; local++) {
            groupStarts[local] = filled;
            for (int part = 0; part < parts; part++) {
                int at = 2 * (from + local);
                int own = counted[from + local] ? windows[part][at] : 0;
                windows[part][at] = filled;
                windows[part][at + 1] = -1;
                filled += own;
            }
        }
        groupStarts[size] = filled;
        parallel.run(part -> scanBucket(starts, partStarts, part, from, size, counted, windows[part], buffer,
                parallel.progress(part)));
        int[] shares = shares(groupStarts, parts);
        parallel.run(part -> {
            Followers own = followers[part];
            Progress progress = parallel.progress(part);
            for (int local = shares[part]; local < shares[part + 1]; local++) {
                if ((local & 0xFFF) == 0) {
                    progress.checkCancelled();
                }
                own.countGroup(from + local, buffer, groupStarts[local], groupStarts[local + 1]);
            }
        });
    }

    /** @return {@code parts + 1} group indices giving each thread about the same number of windows */
    private static int[] shares(int[] groupStarts, int parts) {
        int groups = groupStarts.length - 1;
        int[] shares = new int[parts + 1];
        shares[parts] = groups;
        int group = 0;
        for (int part = 1; part < parts; part++) {
            long target = (long) groupStarts[groups] * part / parts;
            while (group < groups && groupStarts[group] < target) {
                group++;
            }
            shares[part] = group;
        }
        return shares;
    }

    /**
     * Counts the followers of one first type with more windows than the buffer holds straight into
     * dense arrays during a scan, each thread its own part; the parts hold different documents, so
     * their counts and ranges add up.
     */
    private void countDirectly(int first, long[] starts, int[] partStarts, Parallel parallel, Followers[] followers) {
        parallel.run(part -> {
            followers[part].start(first);
            scanDirectly(starts, partStarts, part, first, followers[part], parallel.progress(part));
        });
        for (int part = 1; part < followers.length; part++) {
            followers[0].absorb(followers[part]);
        }
        followers[0].harvest();
    }

    /**
     * Marks where the windows of a part of the selection start, one bit per corpus position, and
     * counts the windows each first type starts there. The counts are added a batch at a time, in
     * a loop of increments alone: each is a cache miss on a large array, and out of the branchy
     * scan they overlap instead of waiting one for the other.
     */
    private void markWindows(DocumentSelection selection, int[] partStarts, int part, long[] starts, long[] edges,
            int[] windows, Progress progress) {
        boolean[] eligible = components.eligible;
        int firstWord = documentStarts[partStarts[part]] >>> 6;
        int lastWord = documentStarts[partStarts[part + 1]] >>> 6;
        int[] firsts = new int[MARK_BATCH];
        int batched = 0;
        for (int document = partStarts[part]; document < partStarts[part + 1]; document++) {
            if ((document & 0x3F) == 0) {
                progress.checkCancelled();
            }
            int from = documentStarts[document], to = documentStarts[document + 1];
            if (to - from < 2 || !selection.contains(document)) {
                continue;
            }
            int sentence = Sentences.indexOf(corpus, from);
            int nextSentence = corpus.sentenceStart(sentence + 1);
            int previous = -1;
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
                    // two parts may share a word of the bitset at their edges: those bits are merged afterwards
                    int word = (position - 1) >>> 6;
                    long bit = 1L << (position - 1);
                    if (word == firstWord) {
                        edges[0] |= bit;
                    } else if (word == lastWord) {
                        edges[1] |= bit;
                    } else {
                        starts[word] |= bit;
                    }
                    firsts[batched++] = previous;
                    if (batched == MARK_BATCH) {
                        countWindows(firsts, batched, windows);
                        batched = 0;
                    }
                }
                previous = type;
            }
        }
        countWindows(firsts, batched, windows);
    }

    private static void countWindows(int[] firsts, int count, int[] windows) {
        for (int i = 0; i < count; i++) {
            windows[2 * firsts[i]]++;
        }
    }

    /**
     * Writes the windows of a bucket's counted first types, in a part of the corpus, into their
     * slots of the buffer: the second type, its sign bit set when the window is the first type's
     * first in its document here, which is all that its range needs.
     */
    private void scanBucket(long[] starts, int[] partStarts, int part, int from, int size, boolean[] counted,
            int[] cursorsAndDocuments, int[] buffer, Progress progress) {
        walkMarked(starts, partStarts, part, progress, new MarkedWindows() {
            @Override
            public boolean wants(int first) {
                return Integer.compareUnsigned(first - from, size) < 0 && counted[first];
            }

            @Override
            public void window(int first, int second, int document) {
                int at = 2 * first;
                int newDocument = cursorsAndDocuments[at + 1] != document ? NEW_DOCUMENT : 0;
                cursorsAndDocuments[at + 1] = document;
                buffer[cursorsAndDocuments[at]++] = second | newDocument;
            }
        });
    }

    /** Counts the windows of one first type, in a part of the corpus, straight into dense arrays. */
    private void scanDirectly(long[] starts, int[] partStarts, int part, int wanted, Followers followers,
            Progress progress) {
        walkMarked(starts, partStarts, part, progress, new MarkedWindows() {
            @Override
            public boolean wants(int first) {
                return first == wanted;
            }

            @Override
            public void window(int first, int second, int document) {
                followers.add(second, document);
            }
        });
    }

    /** Receives the marked windows of a part whose first type it wants, in position order. */
    private interface MarkedWindows {
        boolean wants(int first);

        void window(int first, int second, int document);
    }

    /**
     * Walks the window starts marked in a part of the corpus, reading each one's first type and,
     * for the wanted ones, its second type and document. Only two kinds of receiver exist, so the
     * calls per window are inlined. A wanted window's mark is cleared: no later scan wants it (each
     * first type is counted in one scan), so each scan walks fewer marks than the one before.
     */
    private void walkMarked(long[] starts, int[] partStarts, int part, Progress progress, MarkedWindows windows) {
        int document = partStarts[part];
        int begin = documentStarts[document];
        int end = documentStarts[partStarts[part + 1]];
        if (begin == end) {
            return;
        }
        int nextDocument = documentStarts[document + 1];
        // Words of the bitset that only this part reads; a word shared with a neighbour part is left as it is.
        int firstOwn = (begin + 63) >>> 6, endOwn = end >>> 6;
        for (int word = begin >>> 6; word < (end + 63) >>> 6; word++) {
            if ((word & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            long handled = 0;
            for (long bits = starts[word]; bits != 0; bits &= bits - 1) {
                int position = word << 6 | Long.numberOfTrailingZeros(bits);
                if (position < begin || position >= end) {
                    continue; // the word is shared with the next part
                }
                int first = corpus.typeId(position);
                if (windows.wants(first)) {
                    while (nextDocument <= position) {
                        nextDocument = documentStarts[++document + 1];
                    }
                    windows.window(first, corpus.typeId(position + 1), document);
                    handled |= 1L << position;
                }
            }
            if (word >= firstOwn && word < endOwn) {
                starts[word] &= ~handled;
            }
        }
    }

    /** Runs one task per part, the first on the calling thread, and waits for all of them. */
    private record Parallel(ExecutorService pool, int parts, Progress progress) {
        /** @return the progress a part checks for cancellation: only the calling thread's part reports */
        Progress progress(int part) {
            return part == 0 ? progress : new CancellationOnly(progress);
        }

        void run(IntConsumer task) {
            if (parts == 1) {
                task.accept(0);
                return;
            }
            List<Future<?>> others = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int own = part;
                others.add(pool.submit(() -> task.accept(own)));
            }
            RuntimeException failure = null;
            try {
                task.accept(0);
            } catch (RuntimeException e) {
                failure = e;
            }
            // wait for every thread even after a failure, so that none still runs when this returns
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
        }
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
     * Counts the second tokens of one first type at a time, with their ranges, and lists those that
     * reach both minimums. Windows come in position order, so documents ascend and a document not
     * seen last for a second type is a new one for it.
     */
    private final class Followers {
        private static final int COUNT = 0;
        private static final int RANGE = 1;
        private static final int LAST_DOCUMENT = 2;
        /** Ints per type in {@link #cells}: the three counters of a type share a cache line. */
        private static final int STRIDE = 3;
        private final NGramRows rows;
        private final boolean stopwords = !options.stopwords().words().isEmpty();
        private final int[] cells;
        private final int[] touched;
        private final int[] pair = new int[2];
        /** A small group's windows as (second type, document), sorted. */
        private final long[] sorted = new long[SORTED_GROUP];
        private final long[] key = new long[layout.words()];
        private int touchedCount;
        private int current = -1;
        private boolean dropStopwordSeconds;

        Followers(int types, NGramRows rows) {
            this.rows = rows;
            this.cells = new int[types * STRIDE];
            this.touched = new int[types];
            for (int type = 0; type < types; type++) {
                cells[type * STRIDE + LAST_DOCUMENT] = -1;
            }
        }

        void start(int first) {
            current = first;
            // any and edge: a stopword second token; all: a stopword after a stopword
            dropStopwordSeconds = stopwords
                    && (options.stopwordRule() != StopwordRule.ALL || components.stopTypes.get(first));
        }

        /**
         * Counts a group of buffered windows of {@code first}, in position order; documents are
         * numbered within the group, from its {@link #NEW_DOCUMENT} marks.
         */
        void countGroup(int first, int[] buffer, int from, int to) {
            if (to - from < Math.max(options.minCount(), options.minRange())) {
                return;
            }
            start(first);
            int document = -1;
            if (to - from >= SORTED_GROUP) {
                for (int i = from; i < to; i++) {
                    document += buffer[i] >>> 31;
                    add(buffer[i] & ~NEW_DOCUMENT, document);
                }
                harvest();
                return;
            }
            int size = to - from;
            for (int i = 0; i < size; i++) {
                document += buffer[from + i] >>> 31;
                sorted[i] = (long) (buffer[from + i] & ~NEW_DOCUMENT) << 32 | document;
            }
            Arrays.sort(sorted, 0, size);
            for (int run = 0; run < size; ) {
                int second = (int) (sorted[run] >>> 32);
                int count = 0;
                int range = 0;
                int lastDocument = -1;
                for (; run < size && (int) (sorted[run] >>> 32) == second; run++) {
                    int own = (int) sorted[run];
                    range += own != lastDocument ? 1 : 0;
                    lastDocument = own;
                    count++;
                }
                if (!(dropStopwordSeconds && components.stopTypes.get(second))) {
                    list(second, count, range);
                }
            }
        }

        void add(int second, int document) {
            if (dropStopwordSeconds && components.stopTypes.get(second)) {
                return;
            }
            int cell = second * STRIDE;
            if (cells[cell + COUNT]++ == 0) {
                touched[touchedCount++] = second;
            }
            cells[cell + RANGE] += cells[cell + LAST_DOCUMENT] != document ? 1 : 0;
            cells[cell + LAST_DOCUMENT] = document;
        }

        /** Adds the counts of another thread's part, whose documents differ from this one's, and clears them. */
        void absorb(Followers other) {
            for (int t = 0; t < other.touchedCount; t++) {
                int second = other.touched[t];
                int cell = second * STRIDE;
                if (cells[cell + COUNT] == 0) {
                    touched[touchedCount++] = second;
                }
                cells[cell + COUNT] += other.cells[cell + COUNT];
                cells[cell + RANGE] += other.cells[cell + RANGE];
                other.clear(second);
            }
            other.touchedCount = 0;
        }

        void harvest() {
            for (int t = 0; t < touchedCount; t++) {
                int cell = touched[t] * STRIDE;
                list(touched[t], cells[cell + COUNT], cells[cell + RANGE]);
                clear(touched[t]);
            }
            touchedCount = 0;
        }

        private void clear(int second) {
            int cell = second * STRIDE;
            cells[cell + COUNT] = 0;
            cells[cell + RANGE] = 0;
            cells[cell + LAST_DOCUMENT] = -1;
        }

        private void list(int second, int count, int range) {
            if (count >= options.minCount() && range >= options.minRange()) {
                pair[0] = components.wordComponent[current];
                pair[1] = components.wordComponent[second];
                layout.pack(pair, 0, key);
                rows.add(key, 0, count, range);
            }
        }
    }
}
