package org.corpusbench.rest.internal;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds heavy requests (segmentation, exports, analyses, imports): at most {@code concurrency}
 * run at once and at most {@code queue} more wait; anything beyond is turned away at once, so a
 * burst of large requests meets a 503 instead of the heap running out. Waiting holds a request
 * thread, which the queue bound keeps few. The servlet API's rules (its {@code WorkGate}, private to
 * bundles/face/web); each API has a gate of its own, sized by the same configuration.
 */
final class WorkGate {
    private final Semaphore running;
    private final AtomicInteger admitted = new AtomicInteger();
    private final int capacity;

    /**
     * @param concurrency requests allowed to run at once, at least 1
     * @param queue requests allowed to wait, at least 0
     */
    WorkGate(int concurrency, int queue) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException("concurrency must be at least 1 and queue at least 0");
        }
        this.running = new Semaphore(concurrency, true);
        this.capacity = concurrency + queue;
    }

    /** A place among the running requests, given back on close. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @return a permit once the request may run, or empty at once if the queue is full
     * @throws InterruptedException if interrupted while waiting; nothing is held then
     */
    Optional<Permit> enter() throws InterruptedException {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        try {
            running.acquire();
        } catch (InterruptedException e) {
            admitted.decrementAndGet();
            throw e;
        }
        AtomicBoolean closed = new AtomicBoolean();
        return Optional.of(() -> {
            if (closed.compareAndSet(false, true)) {
                running.release();
                admitted.decrementAndGet();
            }
        });
    }
}
