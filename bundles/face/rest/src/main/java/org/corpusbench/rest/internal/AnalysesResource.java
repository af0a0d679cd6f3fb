package org.corpusbench.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.export.Formats;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The installed analyses, with the parameters they declare, and their results as paged tables. Analyses
 * come and go with their bundles; each request sees those installed now.
 */
@Component(service = AnalysesResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-analyses")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("analyses")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalysesResource {
    /** The most rows one page holds. */
    static final int MAX_LIMIT = 10_000;
    /** Query parameters of the run itself; every other one is the analysis's. */
    static final Set<String> OWN_PARAMETERS = Set.of("corpus", "offset", "limit", "format");

    private final AnalysisService analyses;
    private final HeavyWork heavy;
    private final ExportJobs exportJobs;
    /** The result formats installed now (csv, json, ...), each an exporter bundle that may come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Exporter> exporters = List.of();

    @Activate
    public AnalysesResource(@Reference AnalysisService analyses, @Reference HeavyWork heavy, @Reference JobService jobs,
            @Reference CorpusRepository repository, @Reference FinishedExports exports) {
        this(analyses, heavy, new ExportJobs(jobs, analyses, repository, exports));
    }

    AnalysesResource(AnalysisService analyses, HeavyWork heavy, ExportJobs exportJobs) {
        this.analyses = analyses;
        this.heavy = heavy;
        this.exportJobs = exportJobs;
    }

    AnalysesResource(AnalysisService analyses, WorkGate gate) {
        this(analyses, new HeavyWork(gate), null);
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The installed analyses and their parameters (type, default, bounds, choices)")
    public List<Wire.Analysis> analyses() {
        return analyses.analyses().stream().map(AnalysesResource::describe).toList();
    }

    @GET
    @Path("{analysis}")
    @RequiresRole(Role.READER)
    @Summary("One installed analysis and its parameters")
    public Wire.Analysis analysis(@PathParam("analysis") String analysis) {
        return analyses.analysis(analysis).map(AnalysesResource::describe)
                .orElseThrow(() -> new NotFoundException("analysis", analysis));
    }

    @GET
    @Path("{analysis}/run")
    @AlsoAnswers(503)
    @RequiresRole(Role.READER)
    @Summary("Runs an analysis on a corpus and answers a page of its table; every other query parameter is one of the "
            + "analysis's own (see GET analyses/{analysis}), selection included")
    public Wire.TablePage run(@PathParam("analysis") String analysis,
            @QueryParam("corpus") @Summary("the corpus to analyse") String corpus,
            @QueryParam("offset") @DefaultValue("0") @WholeNumber @Summary("index of the first row") String offset,
            @QueryParam("limit") @DefaultValue("100") @WholeNumber @Summary("rows on the page, 1 to 10000") String limit,
            @Context UriInfo uri) {
        if (corpus == null || corpus.isBlank()) {
            throw new CorpusException("Give the corpus to analyse as ?corpus=...");
        }
        int first = Numbers.whole("offset", offset, 0, Integer.MAX_VALUE);
        int size = Numbers.whole("limit", limit, 1, MAX_LIMIT);
        Map<String, String> parameters = analysisParameters(uri);
        try (WorkGate.Permit permit = heavy.enter(); AnalysisResult result = analyses.run(analysis, corpus, parameters, Progress.NONE)) {
            List<Wire.Column> columns = result.table().columns().stream()
                    .map(column -> new Wire.Column(column.name(), column.type().name().toLowerCase(Locale.ROOT))).toList();
            List<List<Object>> rows = new ArrayList<>();
            long total = 0;
            for (Iterator<List<Object>> all = result.table().rows().iterator(); all.hasNext(); total++) {
                List<Object> row = all.next();
                if (total >= first && rows.size() < size) {
                    rows.add(row);
                }
            }
            return new Wire.TablePage(analysis, corpus, parameters, columns, total, first, size, rows);
        }
    }

    @GET
    @Path("{analysis}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @AlsoAnswers(503)
    @RequiresRole(Role.READER)
    @Summary("Runs an analysis on a corpus and streams its whole table as a download (CSV with its provenance, or JSON); "
            + "every other query parameter is one of the analysis's own")
    public Response export(@PathParam("analysis") String analysis,
            @QueryParam("corpus") @Summary("the corpus to analyse") String corpus,
            @QueryParam("format") @DefaultValue("csv") @Summary("csv or json (the installed exporters)") String format,
            @Context UriInfo uri) {
        if (corpus == null || corpus.isBlank()) {
            throw new CorpusException("Give the corpus to analyse as ?corpus=...");
        }
        Exporter exporter = Formats.pick(exporters, Exporter::format, format, "format");
        Map<String, String> parameters = analysisParameters(uri);
        WorkGate.Permit permit = heavy.enter();
        AnalysisResult result;
        try {
            result = analyses.run(analysis, corpus, parameters, Progress.NONE);
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
        // The table is computed as it is written: the permit and the result are held until the last row is out.
        StreamingOutput body = out -> {
            try (permit; result) {
                exporter.write(result, out);
            }
        };
        return Response.ok(body, exporter.mediaType())
                .header("Content-Disposition", Downloads.contentDisposition(corpus + "-" + analysis + "." + exporter.extension()))
                .build();
    }

    @POST
    @Path("{analysis}/export")
    @RequiresRole(Role.READER)
    @AlsoAnswers(503)
    @Accepted(Wire.Job.class)
    @Summary("Exports an analysis's whole table as a job, for tables too large to wait for: the job's result names the "
            + "file (exports/{id}), which its owner downloads for an hour; the parameters as for GET")
    public Response exportJob(@PathParam("analysis") String analysis,
            @QueryParam("corpus") @Summary("the corpus to analyse") String corpus,
            @QueryParam("format") @DefaultValue("csv") @Summary("csv or json (the installed exporters)") String format,
            @Context UriInfo uri, @Context SecurityContext user) {
        if (corpus == null || corpus.isBlank()) {
            throw new CorpusException("Give the corpus to analyse as ?corpus=...");
        }
        Exporter exporter = Formats.pick(exporters, Exporter::format, format, "format");
        JobStatus job = exportJobs.start(JobsResource.name(user), analysis, corpus, analysisParameters(uri), exporter);
        return Response.accepted(JobsResource.wire(job)).location(URI.create("jobs/" + job.id())).build();
    }

    /** @return the query's parameters that are the analysis's, each given once */
    static Map<String, String> analysisParameters(UriInfo uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1) {
                throw new CorpusException("Parameter '" + name + "' is given more than once");
            }
            if (!OWN_PARAMETERS.contains(name)) {
                parameters.put(name, values.isEmpty() ? "" : values.get(0));
            }
        });
        return parameters;
    }

    static Wire.Analysis describe(AnalysisDescriptor analysis) {
        return new Wire.Analysis(analysis.name(), analysis.title(), analysis.description(),
                analysis.parameters().stream().map(AnalysesResource::describe).toList(), analysis.bundle(), analysis.version());
    }

    private static Wire.Parameter describe(ParameterSpec parameter) {
        return new Wire.Parameter(parameter.name(), parameter.type().name().toLowerCase(Locale.ROOT), parameter.required(),
                parameter.defaultValue(), parameter.description(), parameter.min(), parameter.max(), parameter.choices());
    }
}
