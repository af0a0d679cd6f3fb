package org.corpusbench.jobs.internal.commands;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/** {@code corpus:job-cancel}: stops one of the user's jobs (an administrator's: anyone's). */
@Service
@Command(scope = "corpus", name = "job-cancel", description = "Cancels a job: a waiting one at once, a running one at its next check",
        detailedDescription = "Example:\n  corpus:job-cancel 3f1c2a9e-5b7d-4c1e-9a0f-2d6b8e4c7a11\n"
                + "The ids are in corpus:jobs; Tab completes the ids of your jobs that have not finished.")
public class JobCancelCommand implements Action {
    @Reference
    JobService jobs;

    @Argument(index = 0, name = "id", required = true, description = "The job's id, as corpus:jobs shows it")
    @Completion(UnfinishedJobCompleter.class)
    String id;

    @Override
    public Object execute() {
        ConsoleUser user = ConsoleUser.current();
        JobStatus job = user.visibleJob(jobs, id).orElseThrow(() -> new NotFoundException("job", id));
        if (jobs.cancel(id)) {
            System.out.println("Cancelling job " + id + " (" + job.title() + ")");
        } else {
            System.out.println("Job " + id + " (" + job.title() + ") has already finished: "
                    + jobs.status(id).map(JobStatus::state).orElse(job.state()));
        }
        return null;
    }
}
