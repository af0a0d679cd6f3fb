package org.corpusbench.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * The rate and the time left of one stage of a job, measured from the reports: units done in the
 * stage divided by the time since the stage began, and the units left at that rate.
 * A stage begins when the job starts, or at the previous report when the stage's name changes, since
 * each stage counts its own units ("reading" files, then "segmenting" documents).
 */
final class Pace {
    private Instant stageBegan;
    private String stage;
    private Instant lastReport;
    private long done;
    private long total = -1;

    Pace(Instant started) {
        this.stageBegan = started;
    }

    void report(String newStage, long newDone, long newTotal, Instant now) {
        if (stage != null && !stage.equals(newStage)) {
            stageBegan = lastReport;
        }
        stage = newStage;
        done = newDone;
        total = newTotal;
        lastReport = now;
    }

    String stage() {
        return stage;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    /** @return units per second as of the last report, or 0 before it or if no time had passed */
    double unitsPerSecond() {
        if (lastReport == null) {
            return 0;
        }
        long nanos = Duration.between(stageBegan, lastReport).toNanos();
        return nanos <= 0 ? 0 : done * 1e9 / nanos;
    }

    /** @return the time left at that rate as of the last report, or null if the total or the rate is unknown */
    Duration remaining() {
        if (total < 0 || lastReport == null) {
            return null;
        }
        if (done >= total) {
            return Duration.ZERO;
        }
        double rate = unitsPerSecond();
        return rate <= 0 ? null : Duration.ofNanos(Math.round((total - done) / rate * 1e9));
    }
}
