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
 * calling thread only (a writer is not thread-safe). At most two sources per thread are in flight,
 * so a large import holds only a few sources in memory. The first failure stops the rest.
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

    private final ExecutorService pool;
    private final int limit;
    private final CorpusWriter writer;
    private final Progress progress;
    private final Deque<Future<List<PreparedDocument>>> pending = new ArrayDeque<>();
    private long written;

    ParallelSegmentation(int threads, CorpusWriter writer, Progress progress) {
        int count = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "corpus-segmentation");
            thread.setDaemon(true);
            return thread;
        });
        this.limit = 2 * count;
        this.writer = writer;
        this.progress = progress;
    }

    /**
     * Queues a source's cleaning and segmentation, which yields its documents; writes the oldest ones
     * once enough are in flight.
     */
    void add(Supplier<List<Segmented>> work) {
        pending.add(pool.submit(() -> work.get().stream().map(this::prepared).toList()));
        while (pending.size() > limit) {
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
        try {
            documents = pending.removeFirst().get();
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
        pending.forEach(future -> future.cancel(true));
        pool.shutdownNow();
    }
}
