package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.job.JobService;
import org.corpusbench.api.job.JobStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The stored corpora and their documents, and loading an uploaded file into one. A document id holding a
 * slash is addressed as {@code a%2Fb.txt}.
 */
@Component(service = CorporaResource.class, configurationPid = RestApplication.CONFIGURATION_PID)
@JaxrsResource
@JaxrsName("corpusbench-v1-corpora")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora")
@Produces(MediaType.APPLICATION_JSON)
public final class CorporaResource {
    /** The most documents one page holds. */
    static final int MAX_LIMIT = 1000;

    private final CorpusRepository repository;
    private final Subcorpora subcorpora;
    private final UploadJobs uploads;

    /** The servlet API's upload limit, so one setting governs both versions of the API. */
    @interface Config {
        long upload_max_bytes() default 512L << 20;
    }

    @Activate
    public CorporaResource(Config config, @Reference CorpusRepository repository, @Reference Subcorpora subcorpora,
            @Reference JobService jobs, @Reference CorpusImporter importer, @Reference UploadFolder folder) {
        this(repository, subcorpora, new UploadJobs(jobs, importer, folder.path(), config.upload_max_bytes()));
    }

    CorporaResource(CorpusRepository repository, Subcorpora subcorpora, UploadJobs uploads) {
        this.repository = repository;
        this.subcorpora = subcorpora;
        this.uploads = uploads;
    }

    @GET
    @RequiresRole(Role.READER)
    @Summary("The stored corpora with their sizes")
    public List<Wire.CorpusSummary> corpora() {
        return repository.list().stream().map(info -> new Wire.CorpusSummary(info.name(), info.sources(), info.documents(),
                info.tokens(), info.types(), info.created().toString(), info.segmenter())).toList();
    }

    @GET
    @Path("{corpus}")
    @RequiresRole(Role.READER)
    @Summary("One corpus: sizes, size on disk and provenance (loader, cleaning, segmenter, origin)")
    public Wire.Corpus corpus(@PathParam("corpus") String corpus) {
        return describe(repository.require(corpus));
    }

    static Wire.Corpus describe(CorpusView view) {
        CorpusInfo info = view.info();
        return new Wire.Corpus(info.name(), info.sources(), info.documents(), info.tokens(), info.types(), view.sentenceCount(),
                view.storedBytes(), info.created().toString(), info.provenance());
    }

    @POST
    @Path("{corpus}")
    @RequiresRole(Role.ADMIN)
    @AlsoAnswers({409, 413, 503})
    @Accepted(Wire.Job.class)
    @Summary("Loads the body, one file (.txt, a .zip of them, .csv, .tsv, .jsonl, .vrt, a Spark job's .parquet or a .zip of "
            + "its corpus.parquet folder), as a new corpus or into an existing "
            + "one, as corpus:load does (with its options), in a job whose result is the corpus; 409 if a corpus to create "
            + "exists, 404 if one to add to does not; the file's problems end the job as failed")
    public Response upload(@PathParam("corpus") String corpus,
            @QueryParam("filename") @Summary("the file's name, whose ending says how to read it") String filename,
            @QueryParam("mode") @DefaultValue("create") @Summary("create (a new corpus) or add (to an existing one)") String mode,
            @QueryParam("encoding") @Summary("decode every file with this charset (GB18030, Big5, UTF-16LE, ...) instead of "
                    + "detecting it") String encoding,
            @QueryParam("loader") @Summary("use this loader (text, zip, table, segmented, parquet) instead of choosing by the name")
            String loader,
            @QueryParam("textColumn") @Summary("the column (CSV, TSV) or field (JSON Lines) holding each row's text") String textColumn,
            @QueryParam("include") @Summary("only a zip's files whose path matches one of these globs (news/**)") List<String> include,
            @QueryParam("exclude") @Summary("skip a zip's files whose path matches one of these globs") List<String> exclude,
            @QueryParam("clean") @Summary("a cleaning setting for this corpus, key=value (fold.traditional=true), as "
                    + "corpus:load --clean takes it") List<String> clean,
            @QueryParam("segmenter") @Summary("segment with this installed segmenter (GET segmenters) instead of the default")
            String segmenter,
            @QueryParam("dictionary") @Summary("a user dictionary (GET dictionaries) to add to the segmenter's own, as "
                    + "corpus:load --dict; repeat for more, a later one winning for a word") List<String> dictionary,
            @Summary("the file as it is stored, whatever its Content-Type") InputStream body, @Context SecurityContext user)
            throws IOException {
        LoadOptions options = LoadOptions.DEFAULTS.withEncoding(given(encoding)).withLoader(given(loader))
                .withTextColumn(given(textColumn)).withPatterns(include == null ? List.of() : include,
                        exclude == null ? List.of() : exclude).withCleaning(LoadOptions.cleaningSettings(clean))
                .withSegmenter(given(segmenter), dictionary == null ? List.of() : dictionary);
        // said at once rather than by a failed job, after the request's own faults; a corpus made or deleted meanwhile
        // still fails the job
        Upload.checkName(filename);
        boolean exists = repository.get(corpus).isPresent();
        if ("add".equals(mode) && !exists) {
            throw new NotFoundException("corpus", corpus);
        }
        if ("create".equals(mode) && exists) {
            throw new WebApplicationException(Errors.response(409, "Corpus '" + corpus + "' exists already; add to it with "
                    + "mode=add, or choose another name"));
        }
        JobStatus job;
        try {
            job = uploads.start(user.getUserPrincipal().getName(), corpus, filename, mode, options, body);
        } catch (Upload.TooLarge e) {
            throw new WebApplicationException(Errors.response(413, e.getMessage()));
        }
        return Response.accepted(JobsResource.wire(job)).location(URI.create("jobs/" + job.id())).build();
    }

    @GET
    @Path("{corpus}/report")
    @RequiresRole(Role.READER)
    @Summary("The load report: each input read, damaged or skipped, its encoding and why")
    public Wire.LoadReport loadReport(@PathParam("corpus") String corpus) {
        LoadReport report = repository.require(corpus).loadReport();
        return new Wire.LoadReport(report.summary(), report.sources().stream().map(source -> new Wire.SourceLoad(
                source.location(), source.outcome().name().toLowerCase(Locale.ROOT), source.encoding(), source.confidence(),
                source.undecodableBytes(), source.undecodableOffsets(), source.problem())).toList());
    }

    @GET
    @Path("{corpus}/cleaning")
    @RequiresRole(Role.READER)
    @Summary("The cleaning report: per source, the documents and articles it became and each step's counts")
    public Wire.CleaningReport cleaningReport(@PathParam("corpus") String corpus) {
        CleaningReport report = CleaningReport.of(repository.require(corpus));
        return new Wire.CleaningReport(report.sources().stream().map(source -> new Wire.SourceCleaning(source.source(),
                source.documents(), source.articles(), source.steps())).toList());
    }

    @GET
    @Path("{corpus}/documents")
    @RequiresRole(Role.READER)
    @Summary("A page of a corpus's documents with their metadata (headline, reporters, date, ...), of all or of a selection")
    public Wire.DocumentPage documents(@PathParam("corpus") String corpus,
            @QueryParam("offset") @DefaultValue("0") @WholeNumber @Summary("index of the first document") String offset,
            @QueryParam("limit") @DefaultValue("20") @WholeNumber @Summary("documents on the page, 1 to 1000") String limit,
            @QueryParam("selection") @Summary("only these documents, as analyses' selection reads them: date>=2023-03-01 & "
                    + "page=1, 0-3,7, @subcorpus; offset and total count the selected ones") String selection) {
        CorpusView view = repository.require(corpus);
        int first = Numbers.whole("offset", offset, 0, Integer.MAX_VALUE);
        int size = Numbers.whole("limit", limit, 1, MAX_LIMIT);
        DocumentSelection chosen = selection == null || selection.isBlank() ? DocumentSelection.ALL
                : subcorpora.select(view, selection);
        List<Wire.DocumentSummary> page = new ArrayList<>();
        int total = 0;
        for (int index = 0; index < view.documentCount(); index++) {
            if (chosen.contains(index)) {
                if (total >= first && page.size() < size) {
                    page.add(new Wire.DocumentSummary(index, view.documentId(index), view.sourceId(index), tokens(view, index),
                            view.metadata(index)));
                }
                total++;
            }
        }
        return new Wire.DocumentPage(total, first, size, page);
    }

    @GET
    @Path("{corpus}/documents/{id}")
    @RequiresRole(Role.READER)
    @Summary("One document: its cleaned text (token offsets refer to it), its original text, its metadata, and the runs "
            + "of the cleaned text kept unchanged from the original ([cleanedFrom, cleanedTo, originalFrom, originalTo])")
    public Wire.Document document(@PathParam("corpus") String corpus, @PathParam("id") String id) {
        CorpusView view = repository.require(corpus);
        int index = view.documentIndex(id);
        Document document = view.document(index);
        List<List<Integer>> kept = KeptRuns.of(view.offsets(index), document.cleanedText(), document.originalText()).stream()
                .map(run -> List.of(run[0], run[1], run[2], run[3])).toList();
        return new Wire.Document(index, document.id(), document.sourceId(), tokens(view, index), document.metadata(),
                document.cleanedText(), document.originalText(), kept);
    }

    @DELETE
    @Path("{corpus}")
    @RequiresRole(Role.ADMIN)
    @Summary("Deletes a corpus with its subcorpora; views already in use stay readable")
    public void delete(@PathParam("corpus") String corpus) {
        if (!repository.remove(corpus)) {
            throw new NotFoundException("corpus", corpus);
        }
    }

    /** @return the text, or null (the option's default) if it is missing or blank */
    private static String given(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static int tokens(CorpusView view, int index) {
        return view.documentStart(index + 1) - view.documentStart(index);
    }
}
