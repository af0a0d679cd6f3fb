package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobState;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.api.job.JobTask;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The job service in the distribution: a task runs to SUCCEEDED with its progress kept, and the
 * console lists and cancels jobs, each user only their own, a corpus administrator anyone's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JobsIT extends WorkbenchTestSupport {
    private static final String READER = "jobreader";
    private static final String READER_PASSWORD = "Jobs-patient-Orchard-5172";

    /** Work that goes on until it is cancelled, reporting as it goes. */
    private static final JobTask UNTIL_CANCELLED = progress -> {
        for (long i = 0;; i++) {
            progress.report("waiting", i, -1);
            progress.checkCancelled();
            Thread.sleep(50);
        }
    };

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER, READER_PASSWORD + ",corpus-reader,ssh"));
    }

    @Test
    public void aTaskRunsToSucceededWithItsLastProgressAndResult() throws Exception {
        JobService jobs = service(JobService.class);

        String id = jobs.submit("admin", "count to three", progress -> {
            for (int i = 1; i <= 3; i++) {
                progress.report("counting", i, 3);
            }
            return "counted";
        }).id();

        await("the job to succeed", () -> jobs.status(id).map(JobStatus::state).orElse(null) == JobState.SUCCEEDED);
        JobStatus done = jobs.status(id).orElseThrow();
        assertEquals("counted", done.result());
        assertEquals("counting", done.stage());
        assertEquals(3, done.done());
        assertEquals(3, done.total());
        assertTrue(jobs.list("admin").stream().anyMatch(job -> job.id().equals(id)));
        assertFalse(jobs.list(READER).stream().anyMatch(job -> job.id().equals(id)));
    }

    @Test
    public void theConsoleShowsAndCancelsEachUsersOwnJobsAndAnAdministratorAnyones() throws Exception {
        JobService jobs = service(JobService.class);
        String admins = jobs.submit("admin", "the admin's wait", UNTIL_CANCELLED).id();
        String readers = jobs.submit(READER, "the reader's wait", UNTIL_CANCELLED).id();

        String all = executeCommand("corpus:jobs --no-format");
        assertTrue(all, all.contains(admins) && all.contains(readers) && all.contains(READER + "\tthe reader's wait"));

        try (SshConsole reader = SshConsole.login(READER, READER_PASSWORD)) {
            SshConsole.Result own = reader.run("corpus:jobs --no-format");
            assertTrue(own.toString(), own.out().contains(readers) && own.out().contains("the reader's wait"));
            assertFalse(own.toString(), own.out().contains(admins));

            SshConsole.Result someoneElses = reader.run("corpus:job-cancel " + admins);
            assertTrue(someoneElses.toString(), someoneElses.all().contains("Unknown job '" + admins + "'"));
            assertFalse(jobs.status(admins).orElseThrow().state().isFinished());

            SshConsole.Result cancelled = reader.run("corpus:job-cancel " + readers);
            assertTrue(cancelled.toString(), cancelled.out().contains("Cancelling job " + readers));
        }
        await("the reader's job to stop", () -> jobs.status(readers).orElseThrow().state() == JobState.CANCELLED);

        String cancelled = executeCommand("corpus:job-cancel " + admins);
        assertTrue(cancelled, cancelled.contains("Cancelling job " + admins));
        await("the admin's job to stop", () -> jobs.status(admins).orElseThrow().state() == JobState.CANCELLED);
        String again = executeCommand("corpus:job-cancel " + admins);
        assertTrue(again, again.contains("has already finished: CANCELLED"));
    }
}
