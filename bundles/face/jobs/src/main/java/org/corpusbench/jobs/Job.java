package org.corpusbench.jobs;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;

/** One job: its task, its state and the progress its task reports. Its fields are guarded by itself. */
final class Job implements Runnable, Progress {
    private final String id;
    private final String owner;
    private final String title;
    private final JobTask task;
    private final Clock clock;
    private final Instant created;
    private final long sequence;
    private final Consumer<Job> onFinish;
    private volatile boolean cancelled;
    private JobState state = JobState.QUEUED;
    private Pace pace;
    private Thread worker;
    private Instant started;
    private Instant finished;
    private String result;
    private String error;

    Job(String id, String owner, String title, JobTask task, Clock clock, long sequence, Consumer<Job> onFinish) {
        this.id = id;
        this.owner = owner;
        this.title = title;
        this.task = task;
        this.clock = clock;
        this.created = clock.instant();
        this.sequence = sequence;
        this.onFinish = onFinish;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (state != JobState.QUEUED) {
                return; // cancelled while it waited
            }
            state = JobState.RUNNING;
            started = clock.instant();
            pace = new Pace(started);
            worker = Thread.currentThread();
        }
        try {
            finish(JobState.SUCCEEDED, task.run(this), null);
        } catch (Throwable failure) {
            if (isCancellation(failure)) {
                finish(JobState.CANCELLED, null, null);
            } else {
                finish(JobState.FAILED, null, message(failure));
            }
            if (failure instanceof VirtualMachineError) {
                throw (VirtualMachineError) failure;
            }
        } finally {
            // a cancel may have interrupted this thread just before the task ended: the pool's next job must not see it
            Thread.interrupted();
        }
    }

    @Override
    public synchronized void report(String stage, long done, long total) {
        if (state == JobState.RUNNING) {
            pace.report(stage, done, total, clock.instant());
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** @return whether the job had not finished: a queued one is cancelled now, a running one is interrupted */
    boolean cancel() {
        synchronized (this) {
            if (state.isFinished()) {
                return false;
            }
            cancelled = true;
            if (state == JobState.RUNNING) {
                worker.interrupt(); // blocking work (I/O, waits) stops too, not only at the next checkCancelled
                return true;
            }
        }
        finish(JobState.CANCELLED, null, null);
        return true;
    }

    synchronized JobStatus status() {
        boolean running = state == JobState.RUNNING;
        return new JobStatus(id, owner, title, state, pace == null ? null : pace.stage(), pace == null ? 0 : pace.done(),
                pace == null ? -1 : pace.total(), pace == null ? 0 : pace.unitsPerSecond(),
                running ? pace.remaining() : null, result, error, created, started, finished);
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    long sequence() {
        return sequence;
    }

    synchronized boolean isFinished() {
        return state.isFinished();
    }

    /** @return when it ended, or null */
    synchronized Instant finished() {
        return finished;
    }

    private void finish(JobState end, String producedResult, String failure) {
        synchronized (this) {
            if (state.isFinished()) {
                return;
            }
            state = end;
            result = producedResult;
            error = failure;
            finished = clock.instant();
            worker = null;
        }
        onFinish.accept(this);
    }

    /** A task stopped by a cancel: by checkCancelled, or by the interrupt of blocking work. */
    private boolean isCancellation(Throwable failure) {
        if (failure instanceof CancellationException) {
            return true;
        }
        if (!cancelled) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof InterruptedIOException
                    || cause instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    /** What the user reads: a CorpusException says it for people; anything else is named by its class, never a stack trace. */
    static String message(Throwable failure) {
        if (failure instanceof CorpusException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + message;
    }
}
