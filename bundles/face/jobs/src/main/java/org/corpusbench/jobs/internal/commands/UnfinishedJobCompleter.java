package org.corpusbench.jobs.internal.commands;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/** Completes the ids of the jobs the user may cancel that have not finished. */
@Service
public class UnfinishedJobCompleter implements Completer {
    @Reference
    JobService jobs;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        if (ConsoleUser.of(ConsoleUser.subject()).isEmpty()) {
            return -1; // nobody logged in: nothing to offer
        }
        List<String> ids = ConsoleUser.current().visibleJobs(jobs).stream().filter(job -> !job.state().isFinished())
                .map(JobStatus::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
