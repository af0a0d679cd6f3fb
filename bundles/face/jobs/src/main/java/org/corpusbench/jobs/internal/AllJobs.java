package org.corpusbench.jobs.internal;

import java.util.List;
import org.corpusbench.api.job.JobStatus;

/**
 * Every user's jobs, for administrators. The api's JobService lists one owner's jobs only; the
 * console commands of this bundle reach this through the service they are given, which this
 * bundle's own component implements.
 */
public interface AllJobs {
    /** @return every user's kept jobs, newest first */
    List<JobStatus> listAll();
}
