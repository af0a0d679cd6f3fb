package org.corpusbench.jobs;

import static org.junit.jupiter.api.Assertions.fail;

import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;

/** Waiting for a job, as a client polling the service does. */
final class Jobs {
    private Jobs() {
    }

    /** @return the job's status once it is in that state; fails if it ends in another or never gets there */
    static JobStatus awaitState(JobService jobs, String id, JobState state) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JobStatus status = jobs.status(id).orElseThrow(() -> new AssertionError("job " + id + " is not kept"));
            if (status.state() == state) {
                return status;
            }
            if (status.state().isFinished()) {
                fail("expected " + state + " but the job ended " + status);
            }
            if (System.nanoTime() > deadline) {
                fail("the job never reached " + state + ": " + status);
            }
            Thread.sleep(2);
        }
    }
}
