package org.corpusbench.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.corpusbench.api.job.JobsBusyException;

/**
 * Runs jobs on a fixed number of worker threads with a bounded number waiting, and remembers
 * finished jobs for a while (see {@link JobSettings}). Ids are random UUIDs, so a job cannot be
 * reached by guessing. Thread-safe; {@link #close()} cancels what has not finished.
 */
public final class JobBoard implements JobService, AutoCloseable {
    private static final Comparator<Job> NEWEST_FIRST = Comparator.comparingLong(Job::sequence).reversed();

    private final JobSettings settings;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final ThreadPoolExecutor pool;
    private long submitted; // guarded by this

    /** @param settings workers, queue and how long finished jobs are kept */
    public JobBoard(JobSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /**
     * @param settings workers, queue and how long finished jobs are kept
     * @param clock the time for progress rates and for forgetting finished jobs
     */
    public JobBoard(JobSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // The queue is unbounded here because the bound is kept by submit, counting jobs rather than runnables.
        this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), workerThreads());
        // started now, so every worker inherits the thread context of the creator, not of whichever caller submits first
        pool.prestartAllCoreThreads();
    }

    @Override
    public JobStatus submit(String owner, String title, JobTask task) {
        if (owner == null || owner.isBlank() || task == null) {
            throw new IllegalArgumentException("A job needs an owner and a task");
        }
        Job job;
        synchronized (this) {
            forgetOldJobs();
            // Jobs that have a worker or could take one at once are not waiting; the rest are.
            if (unfinished.get() >= settings.workers() + settings.queue()) {
                throw new JobsBusyException(settings.queue() + " jobs are waiting already; try again when one has finished");
            }
            job = new Job(UUID.randomUUID().toString(), owner, title, task, clock, submitted++, this::finished);
            unfinished.incrementAndGet();
            jobs.put(job.id(), job);
        }
        try {
            pool.execute(job);
        } catch (RejectedExecutionException closed) {
            job.cancel();
            throw new JobsBusyException("The job service is shutting down; job '" + title + "' was not started");
        }
        return job.status();
    }

    @Override
    public Optional<JobStatus> status(String id) {
        forgetOldJobs();
        return Optional.ofNullable(id == null ? null : jobs.get(id)).map(Job::status);
    }

    @Override
    public List<JobStatus> list(String owner) {
        forgetOldJobs();
        return jobs.values().stream().filter(job -> job.owner().equals(owner)).sorted(NEWEST_FIRST).map(Job::status).toList();
    }

    /** @return every user's jobs that are kept, newest first (for administrators) */
    public List<JobStatus> listAll() {
        forgetOldJobs();
        return jobs.values().stream().sorted(NEWEST_FIRST).map(Job::status).toList();
    }

    @Override
    public boolean cancel(String id) {
        Job job = id == null ? null : jobs.get(id);
        return job != null && job.cancel();
    }

    /** Cancels every job that has not finished, interrupts the workers and waits a little for them. */
    @Override
    public void close() {
        pool.shutdown();
        // Waiting jobs leave the queue first: a worker freed by cancelling a running job would otherwise start one.
        pool.getQueue().clear();
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finished(Job job) {
        unfinished.decrementAndGet();
        pool.remove(job); // a cancelled job that waited gives its place in the pool's queue back at once
    }

    /** Drops finished jobs kept longer than the configured time, and each user's oldest beyond the limit. */
    private synchronized void forgetOldJobs() {
        Instant keepSince = clock.instant().minus(settings.keepFinished());
        Map<String, List<Job>> finishedByOwner = new HashMap<>();
        for (Job job : jobs.values()) {
            Instant ended = job.finished();
            if (ended == null) {
                continue;
            }
            if (ended.isBefore(keepSince)) {
                jobs.remove(job.id());
            } else {
                finishedByOwner.computeIfAbsent(job.owner(), owner -> new ArrayList<>()).add(job);
            }
        }
        for (List<Job> finished : finishedByOwner.values()) {
            if (finished.size() > settings.perOwner()) {
                finished.sort(NEWEST_FIRST);
                finished.subList(settings.perOwner(), finished.size()).forEach(job -> jobs.remove(job.id()));
            }
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "corpusbench-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
