package org.corpusbench.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.LoadOptions;
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
    private final CorpusRepository repository;

    @Activate
    public RecleanResource(@Reference JobService jobs, @Reference CorpusImporter importer,
            @Reference CorpusRepository repository) {
        this.jobs = jobs;
        this.importer = importer;
        this.repository = repository;
    }

    @POST
    @RequiresRole(Role.ADMIN)
    @AlsoAnswers(503)
    @Accepted(Wire.Job.class)
    @Summary("Cleans, splits and segments a corpus again, as corpus:reclean does, as a job: with the cleaning settings it "
            + "recorded, with those given, or with the workbench's defaults")
    public Response reclean(@PathParam("corpus") String corpus,
            @QueryParam("clean") @Summary("a cleaning setting, key=value (fold.traditional=true), instead of those the "
                    + "corpus recorded, as corpus:reclean --clean takes it") List<String> clean,
            @QueryParam("defaultSettings") @DefaultValue("false") @Summary("true: forget the settings the corpus recorded "
                    + "and clean with the workbench's, as corpus:reclean --default-settings") String defaultSettings,
            @Context SecurityContext user) {
        repository.require(corpus); // 404 at once, not a failed job
        boolean defaults = Numbers.flag("defaultSettings", defaultSettings);
        if (defaults && clean != null && !clean.isEmpty()) {
            throw new CorpusException("Give either clean settings or defaultSettings=true, not both");
        }
        // null: the recorded settings; empty: the defaults (CorpusImporter#reclean)
        Map<String, String> settings = defaults ? Map.of() : clean == null || clean.isEmpty() ? null
                : LoadOptions.cleaningSettings(clean);
        JobStatus job = jobs.submit(user.getUserPrincipal().getName(), "re-clean " + corpus, progress -> {
            importer.reclean(corpus, settings, progress);
            return "corpora/" + corpus;
        });
        return Response.accepted(JobsResource.wire(job)).location(URI.create("jobs/" + job.id())).build();
    }
}
