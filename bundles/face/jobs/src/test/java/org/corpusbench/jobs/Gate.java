package org.corpusbench.jobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A one-shot signal between a test and a task running on a worker, with a timeout so a broken test ends. */
final class Gate {
    private final CountDownLatch latch = new CountDownLatch(1);

    void open() {
        latch.countDown();
    }

    void pass() throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("gate never opened");
        }
    }

    boolean isOpen() {
        return latch.getCount() == 0;
    }
}
