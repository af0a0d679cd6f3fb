package org.corpusbench.web.internal;

import static org.corpusbench.web.internal.Route.Role.ADMIN;
import static org.corpusbench.web.internal.Route.Role.READER;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.export.Formats;

/**
 * The REST resources under {@code /corpus/api}, as one table of {@link Route}s: each with its
 * method, path, role and whether it is heavy work. {@code GET /corpus/api/} serves the table.
 * Path variables are percent-decoded one segment at a time, so a document id holding a slash is
 * addressed as {@code documents/a%2Fb.txt}.
 */
final class CorpusApi {
    /** Query parameter prefix of a per-load cleaning setting: {@code ?clean.fold.traditional=true}. */
    static final String CLEAN_PREFIX = "clean.";

    private final CorpusRepository repository;
    private final AnalysisService analyses;
    private final Subcorpora subcorpora;
    private final Supplier<List<Exporter>> exporters;
    private final Supplier<List<CorpusExporter>> corpusExporters;
    private final Uploads uploads;
    private final SegmentResource segment;
    private final JsonResponses json;
    private final List<Route> routes;

    /**
     * Where uploads go and how they are imported.
     *
     * @param importer imports an uploaded file
     * @param folder where uploads are written (inside the import roots)
     * @param maxBytes the largest upload accepted
     */
    record Uploads(CorpusImporter importer, Path folder, long maxBytes) {
    }

    CorpusApi(CorpusRepository repository, AnalysisService analyses, Subcorpora subcorpora, Supplier<List<Exporter>> exporters,
            Supplier<List<CorpusExporter>> corpusExporters, Uploads uploads, SegmentResource segment, JsonResponses json) {
        this.repository = repository;
        this.analyses = analyses;
        this.subcorpora = subcorpora;
        this.exporters = exporters;
        this.corpusExporters = corpusExporters;
        this.uploads = uploads;
        this.segment = segment;
        this.json = json;
        this.routes = List.of(
                new Route("GET", "", READER, false, "this list of endpoints", call -> json.write(call.response(), 200, index())),
                new Route("GET", "corpora", READER, false, "stored corpora",
                        call -> json.write(call.response(), 200, repository.list())),
                new Route("GET", "corpora/{corpus}", READER, false, "one corpus: sizes, size on disk, provenance, sources",
                        call -> json.write(call.response(), 200, describe(corpus(call)))),
                new Route("POST", "corpora/{corpus}", ADMIN, true, "creates a corpus from the uploaded body, or adds to it "
                        + "(?filename=&encoding=&textColumn=&loader=&clean.<setting>=value...)", this::upload),
                new Route("DELETE", "corpora/{corpus}", ADMIN, false, "deletes a corpus", this::delete),
                new Route("POST", "corpora/{corpus}/rename", ADMIN, false, "renames a corpus (?to=)", this::rename),
                new Route("GET", "corpora/{corpus}/report", READER, false, "the load report",
                        call -> json.write(call.response(), 200, corpus(call).loadReport())),
                new Route("GET", "corpora/{corpus}/cleaning", READER, false, "the cleaning report",
                        call -> json.write(call.response(), 200, CleaningReport.of(corpus(call)))),
                new Route("POST", "corpora/{corpus}/reclean", ADMIN, true, "cleans, splits and segments a corpus again, with "
                        + "the cleaning settings it recorded or those given (?clean.<setting>=value...)", this::reclean),
                new Route("GET", "corpora/{corpus}/documents", READER, false, "a page of documents (?offset=&limit=)",
                        call -> json.write(call.response(), 200, documents(corpus(call), call.request()))),
                new Route("GET", "corpora/{corpus}/documents/{id}", READER, false, "one document with its texts",
                        call -> json.write(call.response(), 200, document(corpus(call), call.variable("id")))),
                new Route("GET", "corpora/{corpus}/subcorpora", READER, true,
                        "the named subcorpora saved with a corpus, with their sizes",
                        call -> json.write(call.response(), 200, subcorpora.list(call.variable("corpus")))),
                new Route("PUT", "corpora/{corpus}/subcorpora/{name}", ADMIN, false,
                        "saves a named subcorpus (?selection=), usable as selection=@name", this::saveSubcorpus),
                new Route("DELETE", "corpora/{corpus}/subcorpora/{name}", ADMIN, false, "deletes a named subcorpus",
                        this::deleteSubcorpus),
                new Route("GET", "corpora/{corpus}/tokens", READER, true, "the segmented corpus (?format=plain|vertical)",
                        this::exportTokens),
                new Route("GET", "corpora/{corpus}/analyses/{analysis}", READER, true,
                        "an analysis's result (?format=csv|json&parameter=value...)", this::export),
                new Route("GET", "analyses", READER, false, "the installed analyses and their parameters",
                        call -> json.write(call.response(), 200, analyses.analyses())),
                new Route("POST", "segment", READER, true, "tokens of the UTF-8 body (?segmenter=&mode=&hmm=)", segment::segment));
    }

    /** @return every endpoint, in the order they are matched */
    List<Route> routes() {
        return routes;
    }

    private List<Map<String, Object>> index() {
        List<Map<String, Object>> index = new ArrayList<>();
        for (Route route : routes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("method", route.method());
            entry.put("path", "/corpus/api/" + route.path());
            entry.put("role", route.role().name().toLowerCase());
            entry.put("summary", route.summary());
            index.add(entry);
        }
        return index;
    }

    private CorpusView corpus(Route.Call call) {
        return repository.require(call.variable("corpus"));
    }

    private static Map<String, Object> describe(CorpusView view) {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("info", view.info());
        corpus.put("sentences", view.sentenceCount());
        corpus.put("storedBytes", view.storedBytes());
        corpus.put("sources", view.sources());
        return corpus;
    }

    private void upload(Route.Call call) throws IOException {
        String name = call.variable("corpus");
        boolean extend = repository.get(name).isPresent();
        ApiRequest request = call.request();
        try (Upload upload = Upload.receive(uploads.folder(), request.parameter("filename").orElse(null),
                call.http().getInputStream(), uploads.maxBytes())) {
            LoadOptions options = LoadOptions.DEFAULTS.withEncoding(request.parameter("encoding").orElse(null))
                    .withTextColumn(request.parameter("textColumn").orElse(null))
                    .withLoader(request.parameter("loader").orElse(null)).withCleaning(cleaning(request));
            if (extend) {
                uploads.importer().extend(name, upload.file(), options, Progress.NONE);
            } else {
                uploads.importer().importPath(name, upload.file(), options, Progress.NONE);
            }
        }
        CorpusView view = repository.require(name);
        Map<String, Object> stored = describe(view);
        stored.put("loadReport", view.loadReport());
        json.write(call.response(), extend ? 200 : 201, stored);
    }

    private void delete(Route.Call call) {
        if (!repository.remove(call.variable("corpus"))) {
            throw new NotFoundException("corpus", call.variable("corpus"));
        }
        call.response().setStatus(204);
    }

    private void rename(Route.Call call) throws IOException {
        String to = call.request().parameter("to").orElseThrow(() -> new CorpusException("Give the new name as ?to=..."));
        repository.rename(call.variable("corpus"), to);
        json.write(call.response(), 200, describe(repository.require(to)));
    }

    /**
     * The per-load cleaning settings of a request: each {@code clean.<key>=value} parameter, with the
     * keys of {@code corpus:load --clean}; the cleaning pipeline judges them.
     */
    static Map<String, String> cleaning(ApiRequest request) {
        Map<String, String> settings = new LinkedHashMap<>();
        request.parameters().forEach((name, value) -> {
            if (name.startsWith(CLEAN_PREFIX)) {
                if (name.length() == CLEAN_PREFIX.length()) {
                    throw new CorpusException("Give a cleaning setting as ?clean.<setting>=value, not ?clean.=" + value);
                }
                settings.put(name.substring(CLEAN_PREFIX.length()), value);
            }
        });
        return settings;
    }

    private void reclean(Route.Call call) throws IOException {
        Map<String, String> settings = cleaning(call.request());
        uploads.importer().reclean(call.variable("corpus"), settings.isEmpty() ? null : settings, Progress.NONE);
        json.write(call.response(), 200, describe(corpus(call)));
    }

    private static Document document(CorpusView view, String id) {
        return view.document(view.documentIndex(id));
    }

    private static Map<String, Object> documents(CorpusView view, ApiRequest request) {
        int offset = request.number("offset", 0);
        int limit = request.number("limit", 20);
        if (limit < 1 || limit > 1000) {
            throw new CorpusException("limit must be between 1 and 1000");
        }
        List<Map<String, Object>> page = new ArrayList<>();
        for (int index = offset; index < Math.min((long) offset + limit, view.documentCount()); index++) {
            Document document = view.document(index);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", index);
            row.put("id", document.id());
            row.put("sourceId", document.sourceId());
            row.put("tokens", view.documentStart(index + 1) - view.documentStart(index));
            row.put("metadata", document.metadata());
            page.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", view.documentCount());
        body.put("offset", offset);
        body.put("documents", page);
        return body;
    }

    private void saveSubcorpus(Route.Call call) throws IOException {
        String selection = call.request().parameter("selection")
                .orElseThrow(() -> new CorpusException("Give the subcorpus's documents as ?selection=, e.g. selection=page%3D1"));
        json.write(call.response(), 200, subcorpora.create(call.variable("corpus"), call.variable("name"), selection));
    }

    private void deleteSubcorpus(Route.Call call) throws IOException {
        if (!subcorpora.delete(call.variable("corpus"), call.variable("name"))) {
            throw new NotFoundException("subcorpus", call.variable("name"));
        }
        call.response().setStatus(204);
    }

    private void exportTokens(Route.Call call) throws IOException {
        CorpusView view = corpus(call);
        String format = call.request().parameter("format").orElse("plain");
        CorpusExporter exporter = Formats.pick(corpusExporters.get(), CorpusExporter::format, format, "token format");
        call.response().setStatus(200);
        call.response().setContentType(exporter.mediaType());
        call.response().setHeader("Content-Disposition", ExportDownload.contentDisposition(view.info().name(), "tokens",
                exporter.extension()));
        exporter.write(view, call.response().getOutputStream());
    }

    private void export(Route.Call call) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>(call.request().parameters());
        String format = parameters.containsKey("format") ? parameters.remove("format") : "csv";
        Exporter exporter = Formats.pick(exporters.get(), Exporter::format, format, "format");
        String corpus = call.variable("corpus");
        String analysis = call.variable("analysis");
        try (AnalysisResult result = analyses.run(analysis, corpus, parameters, Progress.NONE)) {
            call.response().setStatus(200);
            call.response().setContentType(exporter.mediaType());
            call.response().setHeader("Content-Disposition", ExportDownload.contentDisposition(corpus, analysis,
                    exporter.extension()));
            exporter.write(result, call.response().getOutputStream());
        }
    }
}
