package org.corpusbench.jobs.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.List;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.job.JobStatus;
import org.corpusbench.jobs.JobBoard;
import org.corpusbench.jobs.JobSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleUserTest {
    private final JobBoard board = new JobBoard(new JobSettings(1, 10, Duration.ofHours(1), 100));
    private final AdminView service = new AdminView(board);

    @AfterEach
    void close() {
        board.close();
    }

    private static Subject subject(String user, String... roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }

    @Test
    void aReaderSeesAndReachesOnlyTheirOwnJobs() {
        String anns = board.submit("ann", "ann's", progress -> null).id();
        String bobs = board.submit("bob", "bob's", progress -> null).id();
        ConsoleUser ann = ConsoleUser.of(subject("ann", "corpus-reader", "viewer")).orElseThrow();

        assertEquals(List.of(anns), ann.visibleJobs(service).stream().map(JobStatus::id).toList());
        assertTrue(ann.visibleJob(service, anns).isPresent());
        assertTrue(ann.visibleJob(service, bobs).isEmpty(), "someone else's job looks like no job");
    }

    @Test
    void aCorpusAdministratorSeesAndReachesEveryonesJobs() {
        String anns = board.submit("ann", "ann's", progress -> null).id();
        String bobs = board.submit("bob", "bob's", progress -> null).id();
        ConsoleUser admin = ConsoleUser.of(subject("admin", "corpus-admin")).orElseThrow();

        assertEquals(List.of(bobs, anns), admin.visibleJobs(service).stream().map(JobStatus::id).toList());
        assertTrue(admin.visibleJob(service, anns).isPresent());
    }

    @Test
    void karafsOwnAdminRoleIsNotACorpusAdministrator() {
        board.submit("ann", "ann's", progress -> null);

        ConsoleUser karafAdmin = ConsoleUser.of(subject("ops", "admin", "manager")).orElseThrow();

        assertEquals(false, karafAdmin.admin());
        assertTrue(karafAdmin.visibleJobs(service).isEmpty());
    }

    @Test
    void theUserComesFromTheSubjectTheShellRunsTheCommandAsAndWithoutOneNothingIsShown() throws Exception {
        ConsoleUser inside = Subject.doAs(subject("ann", "corpus-reader"), (PrivilegedExceptionAction<ConsoleUser>) ConsoleUser::current);

        assertEquals(new ConsoleUser("ann", false), inside);
        assertTrue(assertThrows(CorpusException.class, ConsoleUser::current).getMessage().contains("no logged-in user"));
        assertTrue(ConsoleUser.of(new Subject()).isEmpty(), "a subject without a user name");
    }

    /** The service as this bundle's component offers it: the api's methods and everyone's jobs. */
    private record AdminView(JobBoard board) implements org.corpusbench.api.job.JobService {
        @Override
        public JobStatus submit(String owner, String title, org.corpusbench.api.job.JobTask task) {
            return board.submit(owner, title, task);
        }

        @Override
        public java.util.Optional<JobStatus> status(String id) {
            return board.status(id);
        }

        @Override
        public List<JobStatus> list(String owner) {
            return board.list(owner);
        }

        @Override
        public boolean cancel(String id) {
            return board.cancel(id);
        }

        @Override
        public List<JobStatus> listAll() {
            return board.listAll();
        }
    }
}
