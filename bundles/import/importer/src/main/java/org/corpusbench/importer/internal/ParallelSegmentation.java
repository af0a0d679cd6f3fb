package org.corpusbench.importer.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.PreparedDocument;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Token;

/**
 * Cleans and segments sources on a pool of threads, where the writer also prepares their documents
 * ({@link CorpusWriter#prepare}), and adds them in the order the sources were added, from the
 * calling thread only (a writer is not thread-safe). Up to {@value #MOST_PER_THREAD} sources per
 * thread are in flight while their texts add up to at most {@value #MOST_CHARS_IN_FLIGHT} chars, and
 * two per thread whatever their size, so a large import holds only a few sources in memory. A
 * shallower queue let the pool run dry whenever the calling thread waited for one long source or
 * was itself waiting for a core. The first failure stops the rest.
 */
final class ParallelSegmentation implements AutoCloseable {

    /**
     * A document ready to write.
     *
     * @param document the document
     * @param offsets its cleaning offset map, or null when the text was not cleaned
     * @param tokens its tokens
     */
    record Segmented(Document document, OffsetMap offsets, List<Token> tokens) {
    }

    private static final int MOST_PER_THREAD = 8;
    private static final long MOST_CHARS_IN_FLIGHT = 8L << 20;

    /** A queued source's work and the size of its text. */
    private record Pending(Future<List<PreparedDocument>> future, long chars) {
    }

    private final ExecutorService pool;
    private final int least;
    private final int most;
    private long charsInFlight;
    private final CorpusWriter writer;
    private final Progress progress;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private long written;

    ParallelSegmentation(int threads, CorpusWriter writer, Progress progress) {
        int count = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "corpus-segmentation");
            thread.setDaemon(true);
            return thread;
        });
        this.least = 2 * count;
        this.most = MOST_PER_THREAD * count;
        this.writer = writer;
        this.progress = progress;
    }

    /**
     * Queues a source's cleaning and segmentation, which yields its documents; writes the oldest ones
     * once enough are in flight.
     *
     * @param chars the length of the source's text, or near it
     */
    void add(Supplier<List<Segmented>> work, long chars) {
        pending.add(new Pending(pool.submit(() -> work.get().stream().map(this::prepared).toList()), chars));
        charsInFlight += chars;
        while (pending.size() > most || pending.size() > least && charsInFlight > MOST_CHARS_IN_FLIGHT) {
            writeOldest();
        }
    }

    /** Writes every document still in flight. */
    void finish() {
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    private void writeOldest() {
        progress.checkCancelled();
        List<PreparedDocument> documents;
        Pending oldest = pending.removeFirst();
        charsInFlight -= oldest.chars();
        try {
            documents = oldest.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        documents.forEach(writer::add);
        progress.report("segmenting", ++written, -1);
    }

    /** A document as the writer prepares it; one not cleaned keeps its text, so its offset map is the identity. */
    private PreparedDocument prepared(Segmented segmented) {
        Document document = segmented.document();
        OffsetMap offsets = segmented.offsets() != null ? segmented.offsets()
                : OffsetMap.identity(document.cleanedText().codePointCount(0, document.cleanedText().length()));
        return writer.prepare(document, offsets, segmented.tokens());
    }

    @Override
    public void close() {
        pending.forEach(queued -> queued.future().cancel(true));
        pool.shutdownNow();
    }
}
