package org.corpusbench.jobs;

import static org.corpusbench.jobs.Jobs.awaitState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobsBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobBoardTest {
    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
    private final SettableClock clock = new SettableClock(T0);
    private JobBoard board = board(1, 4);

    @AfterEach
    void closeBoard() {
        board.close();
    }

    private JobBoard board(int workers, int queue) {
        return new JobBoard(new JobSettings(workers, queue, Duration.ofHours(1), 100), clock);
    }

    /** A job that holds its worker until the gate opens. */
    private JobStatus blocking(Gate release) {
        return board.submit("ann", "hold the worker", progress -> {
            release.pass();
            return "released";
        });
    }

    @Test
    void aJobRunsToSucceededWithWhatItProduced() throws Exception {
        JobStatus submitted = board.submit("ann", "load news.zip into news", progress -> "corpora/news");

        JobStatus done = awaitState(board, submitted.id(), JobState.SUCCEEDED);

        assertEquals("ann", done.owner());
        assertEquals("load news.zip into news", done.title());
        assertEquals("corpora/news", done.result());
        assertNull(done.error());
        assertEquals(T0, done.created());
        assertEquals(T0, done.started());
        assertEquals(T0, done.finished());
    }

    @Test
    void aJobWaitsQueuedWhileTheOnlyWorkerIsBusyAndRunsAfterwards() throws Exception {
        Gate release = new Gate();
        JobStatus first = blocking(release);
        awaitState(board, first.id(), JobState.RUNNING);

        JobStatus second = board.submit("ann", "second", progress -> "two");

        assertEquals(JobState.QUEUED, second.state());
        assertNull(board.status(second.id()).orElseThrow().started());
        release.open();
        assertEquals("released", awaitState(board, first.id(), JobState.SUCCEEDED).result());
        assertEquals("two", awaitState(board, second.id(), JobState.SUCCEEDED).result());
    }

    @Test
    void ratesAndTimeLeftComeFromTheReportsAndEachStageIsTimedFromItsOwnBeginning() throws Exception {
        Gate[] go = {new Gate(), new Gate(), new Gate(), new Gate(), new Gate()};
        Gate[] reported = {new Gate(), new Gate(), new Gate(), new Gate()};
        JobStatus job = board.submit("ann", "segment", progress -> {
            long[][] reports = {{50, 200}, {150, 200}, {10, 40}, {20, -1}};
            for (int i = 0; i < reports.length; i++) {
                go[i].pass();
                progress.report(i < 2 ? "segmenting" : "writing", reports[i][0], reports[i][1]);
                reported[i].open();
            }
            go[4].pass();
            return null;
        });
        JobStatus before = awaitState(board, job.id(), JobState.RUNNING);
        assertNull(before.stage());
        assertEquals(0, before.unitsPerSecond());
        assertNull(before.remaining());
        assertEquals(-1, before.total());

        // 50 of 200 after 10 s: 5 per second, 150 left take 30 s
        JobStatus first = report(job, go[0], reported[0], Duration.ofSeconds(10));
        assertEquals("segmenting", first.stage());
        assertEquals(50, first.done());
        assertEquals(200, first.total());
        assertEquals(5.0, first.unitsPerSecond(), 1e-9);
        assertEquals(Duration.ofSeconds(30), first.remaining());

        // 150 of 200 after 20 s: 7.5 per second, 50 left take 6.666... s
        JobStatus second = report(job, go[1], reported[1], Duration.ofSeconds(10));
        assertEquals(7.5, second.unitsPerSecond(), 1e-9);
        assertEquals(Duration.ofNanos(6_666_666_667L), second.remaining());

        // a new stage began at the last report (20 s): 10 of 40 five seconds later is 2 per second, 30 left take 15 s
        JobStatus third = report(job, go[2], reported[2], Duration.ofSeconds(5));
        assertEquals("writing", third.stage());
        assertEquals(2.0, third.unitsPerSecond(), 1e-9);
        assertEquals(Duration.ofSeconds(15), third.remaining());

        // no total: a rate (20 in 10 s) but no time left
        JobStatus fourth = report(job, go[3], reported[3], Duration.ofSeconds(5));
        assertEquals(2.0, fourth.unitsPerSecond(), 1e-9);
        assertEquals(-1, fourth.total());
        assertNull(fourth.remaining());

        go[4].open();
        JobStatus done = awaitState(board, job.id(), JobState.SUCCEEDED);
        assertEquals(20, done.done());
        assertNull(done.remaining());
        assertEquals(T0.plusSeconds(30), done.finished());
    }

    private JobStatus report(JobStatus job, Gate go, Gate reported, Duration later) throws InterruptedException {
        clock.advance(later);
        go.open();
        reported.pass();
        return board.status(job.id()).orElseThrow();
    }

    @Test
    void aQueuedJobCancelledNeverRuns() throws Exception {
        Gate release = new Gate();
        JobStatus first = blocking(release);
        awaitState(board, first.id(), JobState.RUNNING);
        AtomicBoolean ran = new AtomicBoolean();
        JobStatus queued = board.submit("ann", "never", progress -> {
            ran.set(true);
            return null;
        });

        assertTrue(board.cancel(queued.id()));

        JobStatus cancelled = board.status(queued.id()).orElseThrow();
        assertEquals(JobState.CANCELLED, cancelled.state());
        assertNull(cancelled.started());
        assertNotNull(cancelled.finished());
        assertFalse(board.cancel(queued.id()), "a finished job is not asked again");
        release.open();
        // one worker takes jobs in order: once a later job has run, the cancelled one would have run before it
        JobStatus later = board.submit("ann", "later", progress -> "ran");
        awaitState(board, later.id(), JobState.SUCCEEDED);
        assertFalse(ran.get());
        assertEquals(JobState.CANCELLED, board.status(queued.id()).orElseThrow().state());
    }

    @Test
    void aRunningJobStopsAtItsNextCheck() throws Exception {
        Gate started = new Gate();
        JobStatus job = board.submit("ann", "loop", progress -> {
            started.open();
            for (long i = 0;; i++) {
                progress.report("counting", i, -1);
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        });
        started.pass();

        assertTrue(board.cancel(job.id()));

        JobStatus cancelled = awaitState(board, job.id(), JobState.CANCELLED);
        assertNull(cancelled.error());
        assertNull(cancelled.result());
        assertFalse(board.cancel(job.id()));
    }

    @Test
    void aCancelInterruptsBlockingWork() throws Exception {
        Gate started = new Gate();
        JobStatus job = board.submit("ann", "wait forever", progress -> {
            started.open();
            new CountDownLatch(1).await();
            return "never";
        });
        started.pass();

        board.cancel(job.id());

        awaitState(board, job.id(), JobState.CANCELLED);
        // the interrupt does not leak into the worker's next job
        JobStatus next = board.submit("ann", "next", progress -> Thread.currentThread().isInterrupted() ? "interrupted" : "calm");
        assertEquals("calm", awaitState(board, next.id(), JobState.SUCCEEDED).result());
    }

    @Test
    void anInterruptNobodyAskedForIsAFailure() throws Exception {
        JobStatus job = board.submit("ann", "interrupted", progress -> {
            throw new InterruptedException("by someone else");
        });

        assertEquals("java.lang.InterruptedException: by someone else", awaitState(board, job.id(), JobState.FAILED).error());
    }

    @Test
    void aFailureShowsACorpusExceptionsMessageAsItIsAndOtherwiseTheClassAndMessage() throws Exception {
        JobStatus named = board.submit("ann", "bad", progress -> {
            throw new CorpusException("Unknown corpus 'nope'", new IllegalStateException("inner"));
        });
        JobStatus other = board.submit("ann", "bug", progress -> {
            throw new IllegalStateException("index 3 out of range");
        });
        JobStatus bare = board.submit("ann", "bare", progress -> {
            throw new NullPointerException();
        });

        JobStatus failed = awaitState(board, named.id(), JobState.FAILED);
        assertEquals("Unknown corpus 'nope'", failed.error());
        assertNull(failed.result());
        assertEquals("java.lang.IllegalStateException: index 3 out of range", awaitState(board, other.id(), JobState.FAILED).error());
        assertEquals("java.lang.NullPointerException", awaitState(board, bare.id(), JobState.FAILED).error());
    }

    @Test
    void aFullQueueRefusesWithTheNumberWaitingAndTakesJobsAgainOnceOneLeaves() throws Exception {
        board.close();
        board = board(1, 2);
        Gate release = new Gate();
        JobStatus running = blocking(release);
        JobStatus waiting = board.submit("ann", "wait 1", progress -> null);
        board.submit("bob", "wait 2", progress -> null);

        JobsBusyException full = assertThrows(JobsBusyException.class, () -> board.submit("carol", "one too many", progress -> null));

        assertEquals("2 jobs are waiting already; try again when one has finished", full.getMessage());
        assertTrue(board.list("carol").isEmpty());
        board.cancel(waiting.id());
        JobStatus accepted = board.submit("carol", "now there is room", progress -> "ok");
        release.open();
        awaitState(board, running.id(), JobState.SUCCEEDED);
        assertEquals("ok", awaitState(board, accepted.id(), JobState.SUCCEEDED).result());
    }

    @Test
    void finishedJobsAreForgottenAfterTheConfiguredTime() throws Exception {
        JobStatus job = board.submit("ann", "quick", progress -> "done");
        awaitState(board, job.id(), JobState.SUCCEEDED);

        clock.advance(Duration.ofMinutes(60));
        assertTrue(board.status(job.id()).isPresent(), "kept for exactly the hour");
        assertEquals(1, board.list("ann").size());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(board.status(job.id()).isEmpty());
        assertTrue(board.list("ann").isEmpty());
    }

    @Test
    void aRunningJobIsNotForgottenHoweverLongItTakes() throws Exception {
        Gate release = new Gate();
        JobStatus job = blocking(release);
        awaitState(board, job.id(), JobState.RUNNING);

        clock.advance(Duration.ofHours(5));

        assertEquals(JobState.RUNNING, board.status(job.id()).orElseThrow().state());
        release.open();
        awaitState(board, job.id(), JobState.SUCCEEDED);
    }

    @Test
    void eachUserKeepsOnlyTheirNewestFinishedJobsUpToTheLimit() throws Exception {
        board.close();
        board = new JobBoard(new JobSettings(1, 10, Duration.ofHours(1), 3), clock);
        String[] ann = new String[5];
        for (int i = 0; i < ann.length; i++) {
            ann[i] = board.submit("ann", "job " + i, progress -> null).id();
            awaitState(board, ann[i], JobState.SUCCEEDED);
        }
        String bob = board.submit("bob", "bob's", progress -> null).id();
        awaitState(board, bob, JobState.SUCCEEDED);

        assertEquals(List.of(ann[4], ann[3], ann[2]), board.list("ann").stream().map(JobStatus::id).toList());
        assertTrue(board.status(ann[0]).isEmpty());
        assertEquals(List.of(bob), board.list("bob").stream().map(JobStatus::id).toList());
    }

    @Test
    void eachUserListsTheirOwnJobsNewestFirst() throws Exception {
        String first = board.submit("ann", "1", progress -> null).id();
        String other = board.submit("bob", "2", progress -> null).id();
        String second = board.submit("ann", "3", progress -> null).id();

        assertEquals(List.of(second, first), board.list("ann").stream().map(JobStatus::id).toList());
        assertEquals(List.of(other), board.list("bob").stream().map(JobStatus::id).toList());
        assertTrue(board.list("carol").isEmpty());
        assertEquals(List.of(second, other, first), board.listAll().stream().map(JobStatus::id).toList());
    }

    @Test
    void idsAreRandomUuidsAndUnknownIdsAreNotFound() {
        String id = board.submit("ann", "1", progress -> null).id();

        assertEquals(id, java.util.UUID.fromString(id).toString());
        assertTrue(board.status("00000000-0000-0000-0000-000000000000").isEmpty());
        assertTrue(board.status(null).isEmpty());
        assertFalse(board.cancel("no-such-job"));
    }

    @Test
    void closingCancelsRunningAndQueuedJobsAndRefusesNewOnes() throws Exception {
        Gate started = new Gate();
        JobStatus running = board.submit("ann", "wait forever", progress -> {
            started.open();
            new CountDownLatch(1).await();
            return "never";
        });
        JobStatus queued = board.submit("ann", "queued", progress -> "never");
        started.pass();

        board.close();

        assertEquals(JobState.CANCELLED, awaitState(board, running.id(), JobState.CANCELLED).state());
        assertEquals(JobState.CANCELLED, board.status(queued.id()).orElseThrow().state());
        JobsBusyException closed = assertThrows(JobsBusyException.class, () -> board.submit("ann", "late", progress -> null));
        assertTrue(closed.getMessage().contains("shutting down"), closed.getMessage());
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new JobSettings(0, 1, Duration.ZERO, 1))
                .getMessage().contains("workers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new JobSettings(1, -1, Duration.ZERO, 1))
                .getMessage().contains("queue"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new JobSettings(1, 1, Duration.ofMinutes(-1), 1))
                .getMessage().contains("finished jobs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new JobSettings(1, 1, Duration.ZERO, 0))
                .getMessage().contains("per user"));
        assertTrue(JobSettings.defaults().workers() >= 1);
    }
}
