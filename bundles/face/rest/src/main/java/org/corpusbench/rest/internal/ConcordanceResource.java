package org.corpusbench.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A page of a CQL query's concordance, as {@code corpus:query} shows it: the {@code kwic} analysis run
 * through the analysis service with the same parameters, its lines with their document's index and
 * metadata. A query that cannot be read answers 400 with the query engine's message, which names the
 * position and what was expected.
 */
@Component(service = ConcordanceResource.class)
@JaxrsResource
@JaxrsName("corpusbench-v1-concordance")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("corpora/{corpus}/concordance")
@Produces(MediaType.APPLICATION_JSON)
public final class ConcordanceResource {
    static final String ANALYSIS = "kwic";

    private final AnalysisService analyses;
    private final CorpusRepository repository;
    private final HeavyWork heavy;

    @Activate
    public ConcordanceResource(@Reference AnalysisService analyses, @Reference CorpusRepository repository,
            @Reference HeavyWork heavy) {
        this.analyses = analyses;
        this.repository = repository;
        this.heavy = heavy;
    }

    @GET
    @AlsoAnswers(503)
    @RequiresRole(Role.READER)
    @Summary("A page of a CQL query's concordance (KWIC), as corpus:query shows it: the hit count and each line's document "
            + "(index, id, metadata), left context, node, right context and the node's offsets in the cleaned and original text")
    public Wire.Concordance concordance(@PathParam("corpus") String corpus,
            @QueryParam("query") @Summary("the CQL query, e.g. \"经济\" []{0,2} \"发展\"") String query,
            @QueryParam("sort") @Summary("corpus, node, left1-3, right1-3 or random") String sort,
            @QueryParam("seed") @WholeNumber @Summary("seed of sort=random; the same seed gives the same order") String seed,
            @QueryParam("context") @WholeNumber @Summary("context on each side, in tokens (default 5)") String context,
            @QueryParam("characters") @Summary("true: count the context in characters instead of tokens") String characters,
            @QueryParam("page") @WholeNumber @Summary("which page, from 1") String page,
            @QueryParam("pageSize") @WholeNumber @Summary("lines per page") String pageSize,
            @QueryParam("strategy") @Summary("matching strategy: shortest, standard or longest") String strategy,
            @QueryParam("selection") @Summary("documents to search: date>=2023-03-01 & page=1, 0-3,7, @subcorpus")
            String selection) {
        if (query == null || query.isBlank()) {
            throw new CorpusException("Give the CQL query as ?query=..., e.g. query=%22经济%22");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", query);
        putIfGiven(parameters, "sort", sort);
        putIfGiven(parameters, "seed", seed == null ? null : Numbers.whole("seed", seed, 0, Integer.MAX_VALUE));
        putIfGiven(parameters, "context", context == null ? null : whole("context", context, "context"));
        parameters.put("context_unit", characters != null && Numbers.flag("characters", characters) ? "characters" : "tokens");
        // always given, so the answer can count pages; unset, they take the analysis's defaults
        parameters.put("page", page == null ? spec("page").defaultValue() : Integer.toString(whole("page", page, "page")));
        parameters.put("page_size", pageSize == null ? spec("page_size").defaultValue()
                : Integer.toString(whole("pageSize", pageSize, "page_size")));
        putIfGiven(parameters, "strategy", strategy);
        putIfGiven(parameters, AnalysisService.SELECTION, selection);
        CorpusView view = repository.require(corpus);
        List<Wire.ConcordanceLine> lines = new ArrayList<>();
        long hits;
        try (WorkGate.Permit permit = heavy.enter();
                AnalysisResult result = analyses.run(ANALYSIS, corpus, parameters, Progress.NONE)) {
            KwicRows rows = new KwicRows(result.table().columns());
            List<List<Object>> rowsOfPage = result.table().rows().toList();
            rowsOfPage.forEach(row -> lines.add(rows.line(row, view)));
            hits = rowsOfPage.isEmpty() ? totalHits(corpus, parameters) : rows.hits(rowsOfPage.get(0));
        }
        int size = Integer.parseInt(parameters.get("page_size"));
        return new Wire.Concordance(corpus, query, hits, Integer.parseInt(parameters.get("page")), size,
                Math.max(1, (hits + size - 1) / size), parameters, lines);
    }

    /** A page past the last has no rows to read the total from: asks for the first line only, as corpus:query does. */
    private long totalHits(String corpus, Map<String, String> parameters) {
        Map<String, String> first = new LinkedHashMap<>(parameters);
        first.put("page", "1");
        first.put("page_size", "1");
        first.put("sort", "corpus");
        try (AnalysisResult result = analyses.run(ANALYSIS, corpus, first, Progress.NONE)) {
            KwicRows rows = new KwicRows(result.table().columns());
            return result.table().rows().findFirst().map(rows::hits).orElse(0L);
        }
    }

    /** @return the analysis's declaration of one of its parameters: its default and bounds */
    private ParameterSpec spec(String parameter) {
        return analyses.analysis(ANALYSIS).orElseThrow(() -> new NotFoundException("analysis", ANALYSIS)).parameters()
                .stream().filter(spec -> spec.name().equals(parameter)).findFirst()
                .orElseThrow(() -> new NotFoundException("parameter of " + ANALYSIS, parameter));
    }

    /** @return a whole number within the bounds the analysis declares for its parameter, the error naming ours */
    private int whole(String name, String value, String parameter) {
        ParameterSpec spec = spec(parameter);
        return Numbers.whole(name, value, spec.min() == null ? 0 : (int) Math.ceil(spec.min()),
                spec.max() == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Math.floor(spec.max())));
    }

    private static void putIfGiven(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
