package org.corpusbench.jobs.internal.commands;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/** {@code corpus:jobs}: the user's jobs, newest first; an administrator sees everyone's. */
@Service
@Command(scope = "corpus", name = "jobs", description = "Lists your jobs, newest first: state, stage, progress, rate, "
        + "time left, and result or error (a corpus administrator sees every user's)",
        detailedDescription = "Jobs are kept while the workbench runs, finished ones for an hour by default.\n"
                + "Examples:\n  corpus:jobs\n  corpus:jobs --no-format")
public class JobsCommand implements Action {
    @Reference
    JobService jobs;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ConsoleUser user = ConsoleUser.current();
        List<JobStatus> visible = user.visibleJobs(jobs);
        ShellTable table = new ShellTable().emptyTableText("No jobs.");
        table.column("Id");
        if (user.admin()) {
            table.column("Owner");
        }
        table.column("Title");
        table.column("State");
        table.column("Stage");
        table.column("Done").alignRight();
        table.column("Rate").alignRight();
        table.column("ETA").alignRight();
        table.column("Result / error");
        for (JobStatus job : visible) {
            List<Object> cells = new ArrayList<>(List.of(job.id()));
            if (user.admin()) {
                cells.add(job.owner());
            }
            cells.addAll(List.of(job.title(), job.state(), job.stage() == null ? "" : job.stage(), JobRows.progress(job),
                    JobRows.rate(job), JobRows.eta(job.remaining()), JobRows.outcome(job)));
            table.addRow().addContent(cells);
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
