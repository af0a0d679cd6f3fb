package org.corpusbench.rest.internal;

import java.net.URI;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Re-cleaning a corpus, which takes as long as loading it: a job, answered 202 at once with its address. */
@Component(service = RecleanResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-reclean")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/reclean")
@Produces(MediaType.APPLICATION_JSON)
public final class RecleanResource {
    private final JobService jobs;
    private final CorpusImporter importer;

    @Activate
    public RecleanResource(@Reference JobService jobs, @Reference CorpusImporter importer) {
        this.jobs = jobs;
        this.importer = importer;
    }

    @POST
    @RequiresRole(Role.ADMIN)
    @Accepted(Wire.Job.class)
    @Summary("Cleans, splits and segments a corpus again with its recorded settings, as a job")
    public Response reclean(@PathParam("corpus") String corpus, @Context SecurityContext user) {
        JobStatus job = jobs.submit(user.getUserPrincipal().getName(), "re-clean " + corpus, progress -> {
            importer.reclean(corpus, progress);
            return "corpora/" + corpus;
        });
        return Response.accepted(JobsResource.wire(job)).location(URI.create("jobs/" + job.id())).build();
    }
}
