package org.corpusbench.export.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands rows to one thread of its own that writes them, in batches through a short queue, so a
 * long table is written while the caller is still computing its next rows (a frequency list of a
 * million rows spends about as long on formatting numbers and quoting cells as on producing them).
 * Rows keep their order: one writing thread takes the batches in the order they were queued.
 * Memory stays bounded: at most {@value #QUEUED} batches of {@value #BATCH} rows wait. The thread
 * is started per table and ended by {@link #close()}, which also waits for it, so every row it was
 * given has been written (or its failure thrown) when close returns. Not thread-safe: one caller.
 */
final class RowHandOff<T> implements AutoCloseable {
    static final int BATCH = 1024;
    private static final int QUEUED = 4;
    /** Queued after the last batch; compared by identity. */
    private final List<T> end = new ArrayList<>();

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread writer;
    private List<T> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;
    /** Whether the caller has had the failure already (thrown again, it would suppress itself). */
    private boolean failureThrown;
    private boolean closed;

    /** @param write writes one row; called on the hand-off's own thread, row by row in order */
    RowHandOff(Consumer<? super T> write) {
        writer = new Thread(() -> writeAll(write), "csv-row-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a row, waiting while the writing thread is a few batches behind. */
    void add(T row) throws IOException {
        batch.add(row);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands over the last rows, waits until all are written, and throws the writing thread's failure if it had one. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!batch.isEmpty()) {
                hand(batch);
            }
        } finally {
            endAndJoin();
        }
        if (failure != null && !failureThrown) {
            failureThrown = true;
            throw failure;
        }
    }

    private void hand(List<T> rows) throws IOException {
        if (failure != null) {
            if (failureThrown) {
                return; // the caller knows: it is closing after the failure
            }
            failureThrown = true;
            throw failure;
        }
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing rows");
        }
    }

    /** Ends the thread even after the caller failed, so none outlives the table; keeps the interrupt for the caller. */
    private void endAndJoin() {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(end);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes batches until the end marker; after a failure it only takes them, so the caller never waits on a full queue. */
    private void writeAll(Consumer<? super T> write) {
        while (true) {
            List<T> rows;
            try {
                rows = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this thread but the JVM; keep draining so the caller is not left waiting.
                continue;
            }
            if (rows == end) {
                return;
            }
            if (failure == null) {
                try {
                    rows.forEach(write);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }
    }
}
