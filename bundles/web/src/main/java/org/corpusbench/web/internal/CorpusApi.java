package org.corpusbench.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.export.Exporter;

/**
 * The REST resources under {@code /corpus/api}, read-only for now:
 * <pre>
 * GET /corpora                                         stored corpora
 * GET /corpora/{name}                                  one corpus with its sources
 * GET /analyses                                        available analyses and parameters
 * GET /corpora/{name}/analyses/{analysis}?format=csv|json&amp;{parameter}={value}   a streamed export
 * </pre>
 * Unknown things answer 404, bad parameters 400, both with a JSON error body.
 */
final class CorpusApi {
    private final CorpusRepository repository;
    private final AnalysisService analyses;
    private final Supplier<List<Exporter>> exporters;
    private final JsonResponses json = new JsonResponses();

    CorpusApi(CorpusRepository repository, AnalysisService analyses, Supplier<List<Exporter>> exporters) {
        this.repository = repository;
        this.analyses = analyses;
        this.exporters = exporters;
    }

    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        String[] parts = path.replaceAll("^/+|/+$", "").split("/", -1);
        try {
            if (parts.length == 1 && parts[0].equals("corpora")) {
                json.write(response, 200, repository.list());
            } else if (parts.length == 2 && parts[0].equals("corpora")) {
                json.write(response, 200, describe(repository.require(parts[1])));
            } else if (parts.length == 1 && parts[0].equals("analyses")) {
                json.write(response, 200, analyses.analyses());
            } else if (parts.length == 4 && parts[0].equals("corpora") && parts[2].equals("analyses")) {
                export(parts[1], parts[3], request, response);
            } else {
                json.error(response, 404, "No resource at '" + path + "'; see /corpus/api/corpora and /corpus/api/analyses");
            }
        } catch (NotFoundException e) {
            json.error(response, 404, e.getMessage());
        } catch (CorpusException e) {
            json.error(response, 400, e.getMessage());
        }
    }

    private static Map<String, Object> describe(CorpusView view) {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("info", view.info());
        corpus.put("sentences", view.sentenceCount());
        corpus.put("sources", view.sources());
        return corpus;
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
        List<Exporter> available = exporters.get();
        Exporter exporter = available.stream().filter(e -> e.format().equals(format)).findFirst()
                .orElseThrow(() -> new CorpusException("Unknown format '" + format + "'; available: "
                        + available.stream().map(Exporter::format).sorted().collect(Collectors.joining(", "))));
        try (AnalysisResult result = analyses.run(analysis, corpus, parameters, Progress.NONE)) {
            response.setStatus(200);
            response.setContentType(exporter.mediaType());
            response.setHeader("Content-Disposition", ExportDownload.contentDisposition(corpus, analysis, exporter.extension()));
            exporter.write(result, response.getOutputStream());
        }
    }
}
