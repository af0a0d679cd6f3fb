package org.corpusbench.jobs.internal.commands;

import java.security.AccessController;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.auth.CorpusRoles;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;

/**
 * The user running a console command, as Karaf's shell logged them in. Jobs belong to users: a
 * user reaches their own, a corpus administrator everyone's. Without a logged-in user nothing is shown.
 *
 * @param name the user name, the owner of the jobs they submit
 * @param admin whether they have the role corpus-admin
 */
record ConsoleUser(String name, boolean admin) {

    /** @throws CorpusException if the shell runs without a logged-in user */
    static ConsoleUser current() {
        return of(subject()).orElseThrow(() -> new CorpusException("Jobs belong to a user, and this console has no logged-in user"));
    }

    @SuppressWarnings("removal") // Karaf's shell runs each command inside Subject.doAs; this is how a command reads it
    static Subject subject() {
        return Subject.getSubject(AccessController.getContext());
    }

    static Optional<ConsoleUser> of(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Optional<String> name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
        boolean admin = subject.getPrincipals(RolePrincipal.class).stream().anyMatch(role -> role.getName().equals(CorpusRoles.ADMIN));
        return name.map(user -> new ConsoleUser(user, admin));
    }

    /** @return the jobs this user may see: their own, or everyone's for an administrator */
    List<JobStatus> visibleJobs(JobService jobs) {
        return admin ? jobs.listAll() : jobs.list(name);
    }

    /** @return the job if this user may see it; someone else's job looks the same as none, so ids cannot be probed */
    Optional<JobStatus> visibleJob(JobService jobs, String id) {
        return jobs.status(id).filter(job -> admin || job.owner().equals(name));
    }
}
