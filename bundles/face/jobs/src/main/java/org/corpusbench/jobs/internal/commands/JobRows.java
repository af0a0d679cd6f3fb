package org.corpusbench.jobs.internal.commands;

import java.time.Duration;
import java.util.Locale;
import org.corpusbench.api.job.JobStatus;

/** A job's cells as the console shows them. */
final class JobRows {
    private JobRows() {
    }

    /** @return "done/total", or only done if the total is unknown, or empty before the first report */
    static String progress(JobStatus job) {
        if (job.stage() == null) {
            return "";
        }
        return job.total() < 0 ? Long.toString(job.done()) : job.done() + "/" + job.total();
    }

    /** @return units per second with one decimal, or empty if not known */
    static String rate(JobStatus job) {
        return job.unitsPerSecond() > 0 ? String.format(Locale.ROOT, "%.1f/s", job.unitsPerSecond()) : "";
    }

    /** @return the time left such as "1h 02m", "3m 05s" or "12s", or empty if not known */
    static String eta(Duration remaining) {
        if (remaining == null) {
            return "";
        }
        long seconds = (remaining.toMillis() + 999) / 1000; // rounded up: "0s" only when nothing is left
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }

    /** @return the result, or the error, or empty */
    static String outcome(JobStatus job) {
        if (job.error() != null) {
            return job.error();
        }
        return job.result() == null ? "" : job.result();
    }
}
