package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineReadinessTest {
    /** Long enough never to run out in a test that expects the wait to end otherwise. */
    private static final Duration LONG = Duration.ofMinutes(5);

    private final PipelineReadiness readiness = new PipelineReadiness();
    private final PipelineReadiness.Services<CleaningStep> steps = readiness.require("cleaning steps", CleaningStep.NAME, 4,
            "steps.cardinality.minimum");
    private final PipelineReadiness.Services<DocumentSplitter> splitters = readiness.require("document splitters",
            DocumentSplitter.NAME, 1, "splitters.cardinality.minimum");
    private Thread waiter;

    @AfterEach
    void stopTheWaiter() throws InterruptedException {
        if (waiter != null) {
            waiter.interrupt();
            waiter.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @Test
    void aCompletePipelineIsReadyAtOnce() throws InterruptedException {
        bindSteps("a", "b", "c", "d");
        bindSplitter();

        readiness.await(Duration.ZERO, Progress.NONE);

        assertTrue(readiness.complete());
        assertEquals(4, steps.current().size());
    }

    @Test
    void aStepSwitchedOffStaysRegisteredAndCounts() throws InterruptedException {
        bindSteps("a", "b", "c");
        steps.bind(text -> null, Map.of(CleaningStep.NAME, "d", CleaningStep.ENABLED, false, "service.id", 4L));
        bindSplitter();

        readiness.await(Duration.ZERO, Progress.NONE);
    }

    @Test
    void becomesReadyWhileWaitingWhenAStepSwitchedOffAndOnRegistersAgain() throws Exception {
        bindSteps("a", "b", "c", "d");
        bindSplitter();
        CleaningStep d = steps.current().get(3).getValue();
        steps.unbind(d, properties("d", 4)); // DS unregisters the step while its configuration changes ...
        assertFalse(readiness.complete());

        FutureTask<Void> waiting = waitInTheBackground(LONG, Progress.NONE);
        awaitWaiting();
        assertFalse(waiting.isDone());
        steps.bind(d, Map.of(CleaningStep.NAME, "d", CleaningStep.ENABLED, false, "service.id", 5L)); // ... and registers it again

        waiting.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("a", "b", "c", "d"), steps.current().stream().map(e -> e.getKey().get(CleaningStep.NAME)).toList());
    }

    @Test
    void timesOutNamingTheStepThatWentAndThoseRegistered() {
        bindSteps("normalise-width", "rejoin-lines", "strip-furniture", "whitespace");
        bindSplitter();
        steps.unbind(steps.current().get(2).getValue(), properties("strip-furniture", 3));

        PipelineIncompleteException e = assertThrows(PipelineIncompleteException.class,
                () -> readiness.await(Duration.ofMillis(20), Progress.NONE));

        assertEquals("Cleaning pipeline incomplete after waiting 20 ms: 3 of 4 required cleaning steps registered "
                + "(missing: strip-furniture; registered: normalise-width, rejoin-lines, whitespace); "
                + "document splitters: 1 registered, 1 required. Start or install the missing plug-ins, "
                + "or lower steps.cardinality.minimum in the configuration org.corpusbench.cleaning.pipeline.", e.getMessage());
    }

    @Test
    void servicesThatNeverCameAreCountedAndEveryIncompleteKindIsNamed() {
        bindSteps("a", "b");

        PipelineIncompleteException e = assertThrows(PipelineIncompleteException.class,
                () -> readiness.await(Duration.ZERO, Progress.NONE));

        assertEquals("Cleaning pipeline incomplete after waiting 0 s: 2 of 4 required cleaning steps registered "
                + "(missing: 2 not seen since the pipeline started; registered: a, b); "
                + "0 of 1 required document splitters registered (missing: 1 not seen since the pipeline started; registered: none). "
                + "Start or install the missing plug-ins, or lower steps.cardinality.minimum or splitters.cardinality.minimum "
                + "in the configuration org.corpusbench.cleaning.pipeline.", e.getMessage());
    }

    @Test
    void anInterruptEndsTheWait() throws Exception {
        bindSteps("a");
        FutureTask<Void> waiting = waitInTheBackground(LONG, Progress.NONE);
        awaitWaiting();

        waiter.interrupt();

        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
    }

    @Test
    void anAlreadyInterruptedThreadDoesNotWait() {
        bindSteps("a");
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> readiness.await(LONG, Progress.NONE));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aCancelledProgressEndsTheWait() throws Exception {
        bindSteps("a");
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void report(String stage, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                synchronized (cancelled) {
                    return cancelled[0];
                }
            }
        };
        FutureTask<Void> waiting = waitInTheBackground(LONG, progress);
        awaitWaiting();

        synchronized (cancelled) {
            cancelled[0] = true; // nobody wakes the waiter: it must look by itself
        }

        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CancellationException, String.valueOf(e.getCause()));
    }

    @Test
    void updatedPropertiesReplaceTheOldOnesAndUnbindingRemoves() {
        CleaningStep step = text -> null;
        steps.bind(step, properties("a", 1));
        steps.bind(step, Map.of(CleaningStep.NAME, "a", CleaningStep.ENABLED, false, "service.id", 1L));

        assertEquals(1, steps.current().size());
        assertEquals(false, steps.current().get(0).getKey().get(CleaningStep.ENABLED));

        steps.unbind(step, properties("a", 1));
        assertEquals(List.of(), steps.current());
    }

    @Test
    void aMinimumOfZeroNeedsNothing() throws InterruptedException {
        PipelineReadiness none = new PipelineReadiness();
        none.require("cleaning steps", CleaningStep.NAME, 0, "steps.cardinality.minimum");

        none.await(Duration.ZERO, Progress.NONE);
    }

    private void bindSteps(String... names) {
        for (String name : names) {
            steps.bind(text -> null, properties(name, steps.current().size() + 1));
        }
    }

    private void bindSplitter() {
        splitters.bind((text, found) -> List.of(), Map.of(DocumentSplitter.NAME, "newspaper", "service.id", 100L));
    }

    private static Map<String, Object> properties(String name, long serviceId) {
        return Map.of(CleaningStep.NAME, name, "service.id", serviceId);
    }

    /** A FutureTask, not a CompletableFuture, whose get() would throw a CancellationException unwrapped. */
    private FutureTask<Void> waitInTheBackground(Duration timeout, Progress progress) {
        FutureTask<Void> done = new FutureTask<>(() -> {
            readiness.await(timeout, progress);
            return null;
        });
        waiter = new Thread(done, "pipeline-readiness-test");
        waiter.start();
        return done;
    }

    /** Returns once the waiter sleeps inside the wait, so the test exercises waking it, not a check before it. */
    private void awaitWaiting() throws InterruptedException {
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(waiter.isAlive(), "the waiter ended before waiting");
            Thread.sleep(1);
        }
    }
}
