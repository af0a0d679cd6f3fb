package org.corpusbench.jobs;

import java.time.Duration;

/**
 * How a {@link JobBoard} runs jobs and how long it remembers them.
 *
 * @param workers jobs that run at once, at least 1
 * @param queue jobs that may wait for a worker, at least 0
 * @param keepFinished how long a finished job is kept after it ended
 * @param perOwner finished jobs kept per user, at least 1; older ones are forgotten first
 */
public record JobSettings(int workers, int queue, Duration keepFinished, int perOwner) {
    /** Jobs that may wait by default. */
    public static final int DEFAULT_QUEUE = 32;
    /** Finished jobs kept per user by default. */
    public static final int DEFAULT_PER_OWNER = 100;
    /** How long finished jobs are kept by default. */
    public static final Duration DEFAULT_KEEP_FINISHED = Duration.ofHours(1);

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public JobSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("Job workers must be at least 1, not " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("Job queue must be at least 0, not " + queue);
        }
        if (keepFinished == null || keepFinished.isNegative()) {
            throw new IllegalArgumentException("Time to keep finished jobs must be 0 or more, not " + keepFinished);
        }
        if (perOwner < 1) {
            throw new IllegalArgumentException("Finished jobs kept per user must be at least 1, not " + perOwner);
        }
    }

    /** @return one worker per available processor and the default queue, time and per-user limit */
    public static JobSettings defaults() {
        return new JobSettings(Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_QUEUE,
                DEFAULT_KEEP_FINISHED, DEFAULT_PER_OWNER);
    }
}
