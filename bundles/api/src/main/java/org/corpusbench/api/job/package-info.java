/**
 * Long work run in the background for a user: imports, re-cleaning, re-segmentation, large
 * analyses and exports. The console and REST submit the same {@link org.corpusbench.api.job.JobTask}
 * to the {@link org.corpusbench.api.job.JobService} and show its
 * {@link org.corpusbench.api.job.JobStatus}: progress, rate, ETA, result or error; a job can be cancelled.
 */
@Export
@Version("1.2.0")
package org.corpusbench.api.job;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
