package org.corpusbench.api.job;

import java.util.List;
import java.util.Optional;

/**
 * Runs long work in the background on a bounded pool, keeps each job's status while the
 * workbench runs (finished jobs for a configured time), and cancels on request. Thread-safe.
 */
public interface JobService {
    /**
     * Queues work and returns at once.
     *
     * @param owner the user submitting it
     * @param title what it does, for people
     * @param task the work
     * @return its status: {@link JobState#QUEUED} or already {@link JobState#RUNNING}
     * @throws JobsBusyException if the queue is full or the service is stopping (the message says which)
     */
    JobStatus submit(String owner, String title, JobTask task);

    /**
     * @param id a job id
     * @return its status, or empty if no such job is kept; callers check the owner themselves
     */
    Optional<JobStatus> status(String id);

    /**
     * @param owner a user
     * @return the user's jobs that are kept, newest first
     */
    List<JobStatus> list(String owner);

    /**
     * For administrators: callers check the role themselves.
     *
     * @return every user's jobs that are kept, newest first
     */
    List<JobStatus> listAll();

    /**
     * Asks a job to stop: a queued job is cancelled at once, a running one at its next check.
     *
     * @param id a job id
     * @return whether a job that had not finished was asked to stop
     */
    boolean cancel(String id);
}
