package org.corpusbench.api.job;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as it stands when asked.
 *
 * @param id the job's id, unique while the workbench runs
 * @param owner the user who submitted it
 * @param title what it does, for people ("load news.zip into news")
 * @param state where it is
 * @param stage the stage of its last progress report ("segmenting"), or null before the first
 * @param done units done at the last report
 * @param total units in all at the last report, or -1 if unknown
 * @param unitsPerSecond done / seconds running, or 0 before the first report
 * @param remaining the time left at that rate, or null if unknown
 * @param result what it produced once {@link JobState#SUCCEEDED} (see {@link JobTask#run}), or null
 * @param error why it failed once {@link JobState#FAILED}, or null
 * @param created when it was submitted
 * @param started when a worker took it, or null
 * @param finished when it ended, or null
 */
public record JobStatus(String id, String owner, String title, JobState state, String stage, long done, long total,
        double unitsPerSecond, Duration remaining, String result, String error, Instant created, Instant started,
        Instant finished) {
}
