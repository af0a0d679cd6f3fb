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
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Segmenting a corpus again after its user dictionaries changed: a job, answered 202 at once with its address. */
@Component(service = ResegmentResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-resegment")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/resegment")
@Produces(MediaType.APPLICATION_JSON)
public final class ResegmentResource {
    private final JobService jobs;
    private final CorpusImporter importer;
    private final CorpusRepository repository;

    @Activate
    public ResegmentResource(@Reference JobService jobs, @Reference CorpusImporter importer, @Reference CorpusRepository repository) {
        this.jobs = jobs;
        this.importer = importer;
        this.repository = repository;
    }

    @POST
    @RequiresRole(Role.ADMIN)
    @AlsoAnswers(503)
    @Accepted(Wire.Job.class)
    @Summary("Segments a corpus again with its segmenter and user dictionaries as they are now, as corpus:resegment does, "
            + "as a job; documents proven to cut as before keep their tokens, and the provenance counts them")
    public Response resegment(@PathParam("corpus") String corpus, @Context SecurityContext user) {
        repository.require(corpus); // 404 at once, not a failed job
        JobStatus job = jobs.submit(user.getUserPrincipal().getName(), "re-segment " + corpus, progress -> {
            importer.resegment(corpus, progress);
            return "corpora/" + corpus;
        });
        return Response.accepted(JobsResource.wire(job)).location(URI.create("jobs/" + job.id())).build();
    }
}
