package org.corpusbench.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Long work as jobs (see {@link RecleanResource}): a job's address gives its state, progress, rate,
 * time left and result or error, and cancels it on DELETE. A user sees
 * and cancels their own jobs, an administrator anyone's; someone else's job answers 404 as an
 * unknown one does, so ids cannot be probed. Jobs are kept while the workbench runs, so they
 * survive a browser reload, not a restart.
 */
@Component(service = JobsResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-jobs")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public final class JobsResource {
    private final JobService jobs;

    @Activate
    public JobsResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The caller's jobs, newest first (an administrator's: everyone's)")
    public List<Wire.Job> list(@Context SecurityContext user) {
        List<JobStatus> visible = isAdmin(user) ? jobs.listAll() : jobs.list(name(user));
        return visible.stream().map(JobsResource::wire).toList();
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.READER)
    @Summary("A job: state, progress, rate, time left, result or error")
    public Wire.Job job(@PathParam("id") String id, @Context SecurityContext user) {
        return wire(visible(id, user));
    }

    @DELETE
    @Path("{id}")
    @RequiresRole(Role.READER)
    @Summary("Cancels a job that has not finished; answers the job as it stands")
    public Wire.Job cancel(@PathParam("id") String id, @Context SecurityContext user) {
        visible(id, user);
        jobs.cancel(id);
        return wire(visible(id, user));
    }

    private JobStatus visible(String id, SecurityContext user) {
        Optional<JobStatus> job = jobs.status(id).filter(status -> isAdmin(user) || status.owner().equals(name(user)));
        return job.orElseThrow(() -> new NotFoundException("job", id));
    }

    static String name(SecurityContext user) {
        return user.getUserPrincipal().getName();
    }

    static boolean isAdmin(SecurityContext user) {
        return user.isUserInRole(Role.ADMIN.wireName());
    }

    static Wire.Job wire(JobStatus job) {
        return new Wire.Job(job.id(), job.owner(), job.title(), job.state().name().toLowerCase(Locale.ROOT), job.stage(),
                job.done(), job.total(), job.unitsPerSecond(), job.remaining() == null ? null : job.remaining().toSeconds(),
                job.result(), job.error(), text(job.created()), text(job.started()), text(job.finished()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
