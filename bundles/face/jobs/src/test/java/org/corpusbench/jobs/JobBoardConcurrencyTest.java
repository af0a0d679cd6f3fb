package org.corpusbench.jobs;

import static org.corpusbench.jobs.Jobs.awaitState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.junit.jupiter.api.Test;

/** Many users submitting and cancelling at once: no job is lost, duplicated, run twice or left counted as waiting. */
class JobBoardConcurrencyTest {
    private static final int USERS = 4;
    private static final int JOBS_EACH = 250;
    private static final int WORKERS = 2;
    private static final int QUEUE = USERS * JOBS_EACH;

    @Test
    void submitsAndCancelsFromSeveralThreadsLoseAndDuplicateNothing() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        try (JobBoard board = new JobBoard(new JobSettings(WORKERS, QUEUE, Duration.ofHours(1), QUEUE))) {
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<List<String>>> submitted = new ArrayList<>();
            for (int user = 0; user < USERS; user++) {
                String owner = "user" + user;
                submitted.add(users.submit(() -> submitAndCancelSome(board, owner, runs)));
            }
            Set<String> ids = new HashSet<>();
            for (int user = 0; user < USERS; user++) {
                List<String> own = submitted.get(user).get();
                ids.addAll(own);
                assertEquals(new HashSet<>(own), Set.copyOf(board.list("user" + user).stream().map(JobStatus::id).toList()));
            }
            users.shutdown();

            assertEquals(USERS * JOBS_EACH, ids.size(), "every id is new");
            for (String id : ids) {
                JobStatus end = awaitFinished(board, id);
                int ran = runs.getOrDefault(end.title(), new AtomicInteger()).get();
                assertTrue(ran <= 1, id + " ran " + ran + " times");
                if (end.state() == JobState.SUCCEEDED) {
                    assertEquals(1, ran, id + " succeeded without running");
                    assertEquals(end.title(), end.result());
                } else {
                    assertEquals(JobState.CANCELLED, end.state(), end.toString());
                    if (end.started() == null) {
                        assertEquals(0, ran, id + " was cancelled while it waited, yet ran");
                    }
                }
            }
            assertEquals(USERS * JOBS_EACH, board.listAll().size());
            assertAllPlacesAreFreeAgain(board);
        }
    }

    private static List<String> submitAndCancelSome(JobBoard board, String owner, Map<String, AtomicInteger> runs) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS_EACH; i++) {
            String token = owner + "/" + i; // the task cannot know its id, which submit returns
            JobStatus job = board.submit(owner, token, progress -> {
                runs.computeIfAbsent(token, key -> new AtomicInteger()).incrementAndGet();
                progress.report("counting", 1, 2);
                progress.checkCancelled();
                return token;
            });
            ids.add(job.id());
            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                board.cancel(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
            }
        }
        return ids;
    }

    private static JobStatus awaitFinished(JobBoard board, String id) throws InterruptedException {
        JobStatus status = board.status(id).orElseThrow();
        while (!status.state().isFinished()) {
            Thread.sleep(1);
            status = board.status(id).orElseThrow();
        }
        return status;
    }

    /** Once everything has ended, the pool takes exactly workers + queue jobs again: no finished job still holds a place. */
    private static void assertAllPlacesAreFreeAgain(JobBoard board) throws InterruptedException {
        Gate release = new Gate();
        List<String> holding = new ArrayList<>();
        for (int i = 0; i < WORKERS + QUEUE; i++) {
            holding.add(board.submit("filler", "hold", progress -> {
                release.pass();
                return null;
            }).id());
        }
        assertThrows(CorpusException.class, () -> board.submit("filler", "one too many", progress -> null));
        release.open();
        awaitState(board, holding.get(holding.size() - 1), JobState.SUCCEEDED);
    }
}
