package org.corpusbench.jobs.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.junit.jupiter.api.Test;

class JobRowsTest {
    private static JobStatus job(String stage, long done, long total, double rate, String result, String error) {
        return new JobStatus("id", "ann", "title", JobState.RUNNING, stage, done, total, rate, null, result, error,
                Instant.EPOCH, Instant.EPOCH, null);
    }

    @Test
    void progressShowsDoneOfTotalOrDoneAloneOrNothingBeforeTheFirstReport() {
        assertEquals("150/200", JobRows.progress(job("segmenting", 150, 200, 0, null, null)));
        assertEquals("150", JobRows.progress(job("segmenting", 150, -1, 0, null, null)));
        assertEquals("", JobRows.progress(job(null, 0, -1, 0, null, null)));
    }

    @Test
    void rateHasOneDecimalAndIsEmptyWhenUnknown() {
        assertEquals("7.5/s", JobRows.rate(job("s", 1, 2, 7.5, null, null)));
        assertEquals("1234.6/s", JobRows.rate(job("s", 1, 2, 1234.56, null, null)));
        assertEquals("", JobRows.rate(job("s", 1, 2, 0, null, null)));
    }

    @Test
    void timeLeftIsRoundedUpToWholeSecondsInHoursMinutesOrSeconds() {
        assertEquals("7s", JobRows.eta(Duration.ofNanos(6_666_666_667L)));
        assertEquals("0s", JobRows.eta(Duration.ZERO));
        assertEquals("1m 05s", JobRows.eta(Duration.ofSeconds(65)));
        assertEquals("2h 03m", JobRows.eta(Duration.ofSeconds(2 * 3600 + 3 * 60 + 59)));
        assertEquals("", JobRows.eta(null));
    }

    @Test
    void outcomeIsTheErrorOrTheResult() {
        assertEquals("Unknown corpus 'x'", JobRows.outcome(job("s", 1, 2, 0, null, "Unknown corpus 'x'")));
        assertEquals("corpora/news", JobRows.outcome(job("s", 1, 2, 0, "corpora/news", null)));
        assertEquals("", JobRows.outcome(job("s", 1, 2, 0, null, null)));
    }
}
