package org.corpusbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkGateTest {

    @Test
    void admitsConcurrencyPlusQueueAndTurnsAwayTheRest() throws Exception {
        WorkGate gate = new WorkGate(1, 1);
        WorkGate.Permit first = gate.enter().orElseThrow();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try {
                waiting.countDown();
                gate.enter().orElseThrow().close();
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        assertTrue(waiting.await(30, TimeUnit.SECONDS));
        while (second.getState() != Thread.State.WAITING) {
            Thread.sleep(5);
        }
        assertTrue(gate.enter().isEmpty(), "one running and one waiting: the third is turned away");
        first.close();
        first.close(); // closing twice gives back one place only
        assertTrue(admitted.await(30, TimeUnit.SECONDS), "the waiting one runs once the first is done");
        second.join();
        Optional<WorkGate.Permit> again = gate.enter();
        assertTrue(again.isPresent(), "every place is given back");
        again.get().close();
    }

    @Test
    void refusesBoundsThatAdmitNothing() {
        assertThrows(IllegalArgumentException.class, () -> new WorkGate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new WorkGate(1, -1));
    }
}
