package org.corpusbench.jobs.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.corpusbench.jobs.JobBoard;
import org.corpusbench.jobs.JobSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link JobBoard} as the workbench's job service. A new configuration replaces the component,
 * which cancels the jobs that had not finished: the pool's size cannot change under running work.
 */
@Component(service = JobService.class, configurationPid = "org.corpusbench.jobs")
@Designate(ocd = JobServiceComponent.Config.class)
public final class JobServiceComponent implements JobService {

    @ObjectClassDefinition(name = "Corpus Workbench jobs", description = "Long work (imports, re-cleaning, large analyses "
            + "and exports) runs as jobs on a bounded pool; finished jobs are kept for a while so a browser can come back to them.")
    @interface Config {
        @AttributeDefinition(name = "Workers", description = "Jobs that run at once; 0 means one per available processor.", min = "0")
        int workers() default 0;

        @AttributeDefinition(name = "Queue", description = "Jobs that may wait for a worker; more are refused until one has finished.", min = "0")
        int queue() default JobSettings.DEFAULT_QUEUE;

        @AttributeDefinition(name = "Keep finished (minutes)", description = "How long a finished job's status, result or error is kept.", min = "0")
        long keep_finished_minutes() default 60;

        @AttributeDefinition(name = "Finished jobs per user", description = "At most this many finished jobs are kept per user; the oldest are forgotten first.", min = "1")
        int per_owner_limit() default JobSettings.DEFAULT_PER_OWNER;
    }

    private final JobBoard board;

    /**
     * @param config the pool's size and how long finished jobs are kept
     * @throws IllegalArgumentException naming a setting that is out of range
     */
    @Activate
    public JobServiceComponent(Config config) {
        int workers = config.workers() > 0 ? config.workers() : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.board = new JobBoard(new JobSettings(workers, config.queue(), Duration.ofMinutes(config.keep_finished_minutes()),
                config.per_owner_limit()));
    }

    @Deactivate
    void deactivate() {
        board.close();
    }

    @Override
    public JobStatus submit(String owner, String title, JobTask task) {
        return board.submit(owner, title, task);
    }

    @Override
    public Optional<JobStatus> status(String id) {
        return board.status(id);
    }

    @Override
    public List<JobStatus> list(String owner) {
        return board.list(owner);
    }

    @Override
    public List<JobStatus> listAll() {
        return board.listAll();
    }

    @Override
    public boolean cancel(String id) {
        return board.cancel(id);
    }
}
