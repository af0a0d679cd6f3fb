package org.corpusbench.api.job;

/** Where a job is in its life. */
public enum JobState {
    /** Waiting for a worker. */
    QUEUED,
    /** Being worked on. */
    RUNNING,
    /** Done; its result is set. */
    SUCCEEDED,
    /** Stopped by an error; its error is set. */
    FAILED,
    /** Stopped because someone cancelled it. */
    CANCELLED;

    /** @return whether the job has ended and will not change again */
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
