package org.corpusbench.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SegmentationMode;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.export.Formats;

/**
 * The REST resources under {@code /corpus/api}:
 * <pre>
 * GET    /corpora                                  stored corpora
 * GET    /corpora/{name}                           one corpus: sizes, size on disk, provenance, sources
 * POST   /corpora/{name}?filename=x.txt|x.zip|...[&amp;encoding=E]   creates it from the uploaded body, or extends it
 * DELETE /corpora/{name}                           removes it
 * POST   /corpora/{name}/rename?to={new}           renames it
 * GET    /corpora/{name}/report                    the load report: each input read or skipped, and why
 * GET    /corpora/{name}/cleaning                  the cleaning report: per source, articles found and each step's counts
 * POST   /corpora/{name}/reclean                   cleans, splits and segments it again with the pipeline as it is now
 * GET    /corpora/{name}/documents?offset=&amp;limit=  a page of documents with metadata
 * GET    /corpora/{name}/documents/{id}            one document with original and cleaned text
 * GET    /corpora/{name}/tokens?format=plain|vertical   the segmented corpus, streamed
 * POST   /segment?segmenter=jieba&amp;mode=accurate|search&amp;hmm=true|false   tokens of the UTF-8 body
 * GET    /analyses                                 available analyses and parameters
 * GET    /corpora/{name}/analyses/{analysis}?format=csv|json&amp;{parameter}={value}   a streamed export
 * </pre>
 * Unknown things answer 404, bad parameters 400, both with a JSON error body.
 */
final class CorpusApi {
    private final CorpusRepository repository;
    private final AnalysisService analyses;
    private final Supplier<List<Exporter>> exporters;
    private final Supplier<List<CorpusExporter>> corpusExporters;
    private final Uploads uploads;
    private final Supplier<Map<String, Segmenter>> segmenters;
    private final JsonResponses json = new JsonResponses();
    /** The largest text the segment call takes: 64 MiB. */
    static final int MAX_SEGMENT_BYTES = 64 << 20;

    /**
     * Where uploads go and how they are imported.
     *
     * @param importer imports an uploaded file
     * @param folder where uploads are written (inside the import roots)
     * @param maxBytes the largest upload accepted
     */
    record Uploads(CorpusImporter importer, Path folder, long maxBytes) {
    }

    CorpusApi(CorpusRepository repository, AnalysisService analyses, Supplier<List<Exporter>> exporters,
            Supplier<List<CorpusExporter>> corpusExporters, Uploads uploads, Supplier<Map<String, Segmenter>> segmenters) {
        this.repository = repository;
        this.analyses = analyses;
        this.exporters = exporters;
        this.corpusExporters = corpusExporters;
        this.uploads = uploads;
        this.segmenters = segmenters;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        String[] parts = path.replaceAll("^/+|/+$", "").split("/", -1);
        String method = request.getMethod();
        try {
            if (!route(method, parts, request, response)) {
                json.error(response, 404, "No resource at " + method + " '" + path
                        + "'; see /corpus/api/corpora and /corpus/api/analyses");
            }
        } catch (NotFoundException e) {
            json.error(response, 404, e.getMessage());
        } catch (Upload.TooLarge e) {
            json.error(response, 413, e.getMessage());
        } catch (CorpusException e) {
            json.error(response, 400, e.getMessage());
        }
    }

    private boolean route(String method, String[] parts, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean corpora = parts[0].equals("corpora");
        if (method.equals("GET") && parts.length == 1 && corpora) {
            json.write(response, 200, repository.list());
        } else if (method.equals("POST") && parts.length == 1 && parts[0].equals("segment")) {
            segment(request, response);
        } else if (method.equals("GET") && parts.length == 1 && parts[0].equals("analyses")) {
            json.write(response, 200, analyses.analyses());
        } else if (method.equals("GET") && parts.length == 2 && corpora) {
            json.write(response, 200, describe(repository.require(parts[1])));
        } else if (method.equals("POST") && parts.length == 2 && corpora) {
            upload(parts[1], request, response);
        } else if (method.equals("DELETE") && parts.length == 2 && corpora) {
            if (!repository.remove(parts[1])) {
                throw new NotFoundException("corpus", parts[1]);
            }
            response.setStatus(204);
        } else if (method.equals("POST") && parts.length == 3 && corpora && parts[2].equals("rename")) {
            String to = request.getParameter("to");
            if (to == null) {
                throw new CorpusException("Give the new name as ?to=...");
            }
            repository.rename(parts[1], to);
            json.write(response, 200, describe(repository.require(to)));
        } else if (method.equals("GET") && parts.length == 3 && corpora && parts[2].equals("report")) {
            json.write(response, 200, repository.require(parts[1]).loadReport());
        } else if (method.equals("GET") && parts.length == 3 && corpora && parts[2].equals("cleaning")) {
            json.write(response, 200, CleaningReport.of(repository.require(parts[1])));
        } else if (method.equals("POST") && parts.length == 3 && corpora && parts[2].equals("reclean")) {
            uploads.importer().reclean(parts[1], Progress.NONE);
            json.write(response, 200, describe(repository.require(parts[1])));
        } else if (method.equals("GET") && parts.length == 3 && corpora && parts[2].equals("documents")) {
            json.write(response, 200, documents(repository.require(parts[1]), request));
        } else if (method.equals("GET") && parts.length == 4 && corpora && parts[2].equals("documents")) {
            CorpusView view = repository.require(parts[1]);
            json.write(response, 200, view.document(view.documentIndex(parts[3])));
        } else if (method.equals("GET") && parts.length == 3 && corpora && parts[2].equals("tokens")) {
            exportTokens(repository.require(parts[1]), request, response);
        } else if (method.equals("GET") && parts.length == 4 && corpora && parts[2].equals("analyses")) {
            export(parts[1], parts[3], request, response);
        } else {
            return false;
        }
        return true;
    }

    private static Map<String, Object> describe(CorpusView view) {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("info", view.info());
        corpus.put("sentences", view.sentenceCount());
        corpus.put("storedBytes", view.storedBytes());
        corpus.put("sources", view.sources());
        return corpus;
    }

    private void upload(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean extend = repository.get(name).isPresent();
        try (Upload upload = Upload.receive(uploads.folder(), request.getParameter("filename"), request.getInputStream(),
                uploads.maxBytes())) {
            LoadOptions options = LoadOptions.DEFAULTS.withEncoding(request.getParameter("encoding"))
                    .withTextColumn(request.getParameter("textColumn")).withLoader(request.getParameter("loader"));
            if (extend) {
                uploads.importer().extend(name, upload.file(), options, Progress.NONE);
            } else {
                uploads.importer().importPath(name, upload.file(), options, Progress.NONE);
            }
        }
        CorpusView view = repository.require(name);
        Map<String, Object> stored = describe(view);
        stored.put("loadReport", view.loadReport());
        json.write(response, extend ? 200 : 201, stored);
    }

    private void segment(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Optional.ofNullable(request.getParameter("segmenter")).orElse("jieba");
        Segmenter segmenter = segmenters.get().get(name);
        if (segmenter == null) {
            throw new NotFoundException("segmenter", name);
        }
        String modeName = Optional.ofNullable(request.getParameter("mode")).orElse("accurate");
        SegmentationMode mode = switch (modeName) {
            case "accurate" -> SegmentationMode.ACCURATE;
            case "search" -> SegmentationMode.SEARCH;
            default -> throw new CorpusException("Unknown mode '" + modeName + "'; use accurate or search");
        };
        boolean hmm = !"false".equals(request.getParameter("hmm"));
        byte[] body = request.getInputStream().readNBytes(MAX_SEGMENT_BYTES + 1);
        if (body.length > MAX_SEGMENT_BYTES) {
            throw new Upload.TooLarge(MAX_SEGMENT_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException("The body is not UTF-8 text");
        }
        List<Token> tokens = segmenter.segment(text, mode, hmm);
        try (JsonGenerator out = json.stream(response, 200)) {
            out.writeStartObject();
            out.writeStringField("segmenter", name);
            out.writeStringField("mode", modeName);
            out.writeBooleanField("hmm", hmm);
            out.writeArrayFieldStart("tokens");
            for (Token token : tokens) {
                out.writeStartObject();
                out.writeStringField("text", token.text());
                out.writeNumberField("start", token.start());
                out.writeNumberField("end", token.end());
                out.writeStringField("type", token.type().name());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static Map<String, Object> documents(CorpusView view, HttpServletRequest request) {
        int offset = number(request, "offset", 0);
        int limit = number(request, "limit", 20);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new CorpusException("offset must be 0 or more and limit between 1 and 1000");
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

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CorpusException("Parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    private void exportTokens(CorpusView view, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String format = Optional.ofNullable(request.getParameter("format")).orElse("plain");
        CorpusExporter exporter = Formats.pick(corpusExporters.get(), CorpusExporter::format, format, "token format");
        response.setStatus(200);
        response.setContentType(exporter.mediaType());
        response.setHeader("Content-Disposition", ExportDownload.contentDisposition(view.info().name(), "tokens",
                exporter.extension()));
        exporter.write(view, response.getOutputStream());
    }

    private void export(String corpus, String analysis, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getValue().length != 1) {
                throw new CorpusException("Parameter '" + entry.getKey() + "' is given " + entry.getValue().length + " times");
            }
            parameters.put(entry.getKey(), entry.getValue()[0]);
        }
        String format = Optional.ofNullable(parameters.remove("format")).orElse("csv");
        Exporter exporter = Formats.pick(exporters.get(), Exporter::format, format, "format");
        try (AnalysisResult result = analyses.run(analysis, corpus, parameters, Progress.NONE)) {
            response.setStatus(200);
            response.setContentType(exporter.mediaType());
            response.setHeader("Content-Disposition", ExportDownload.contentDisposition(corpus, analysis, exporter.extension()));
            exporter.write(result, response.getOutputStream());
        }
    }
}
