package org.corpusbench.analysis.concordance.internal;

import java.util.List;
import org.corpusbench.analysis.concordance.QueryFrequency;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code query-frequency} analysis: see {@link QueryFrequency}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "query-frequency", title = "Query frequency breakdown",
        description = "The hits of a CQL query grouped by the word forms they matched (tokens joined by a space) or "
                + "by a metadata key of their documents, as CQPweb's frequency breakdown (Hardie 2012): count, percent "
                + "of all hits and, for metadata, documents; by count descending, then value in code-point order.")
public final class QueryFrequencyAnalysis implements Analysis {
    private static final String GROUP = "group";
    private static final String KEY = "key";
    private static final List<ParameterSpec> PARAMETERS = List.of(QueryParameters.QUERY_SPEC,
            new ParameterSpec(GROUP, ParameterType.STRING, "form",
                    "Group the hits by the word forms they matched or by a metadata key").oneOf("form", "metadata"),
            new ParameterSpec(KEY, ParameterType.STRING, "", "The metadata key when group=metadata (e.g. date)"),
            MatchStrategy.parameter());
    private final QueryService queries;

    /** @param queries finds the hits */
    @Activate
    public QueryFrequencyAnalysis(@Reference QueryService queries) {
        this.queries = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        boolean byMetadata = parameters.string(GROUP).equals("metadata");
        String key = parameters.string(KEY).trim();
        // the one rule linking two parameters, which the registry cannot check
        if (byMetadata == key.isEmpty()) {
            throw new CorpusException(byMetadata ? "Parameter 'key' names the metadata key to group by when group=metadata"
                    : "Parameter 'key' is for group=metadata only, not group=form");
        }
        Hits hits = QueryParameters.search(queries, corpus, selection, parameters, progress);
        return byMetadata ? QueryFrequency.byMetadata(corpus, hits, key, progress)
                : QueryFrequency.byForm(corpus, hits, progress);
    }
}
