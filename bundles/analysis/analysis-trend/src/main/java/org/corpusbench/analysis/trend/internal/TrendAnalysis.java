package org.corpusbench.analysis.trend.internal;

import java.util.List;
import org.corpusbench.analysis.trend.Period;
import org.corpusbench.analysis.trend.Trend;
import org.corpusbench.analysis.trend.TrendOptions;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@code trend} analysis: see {@link Trend}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "trend", title = "Trend over metadata values",
        description = "Count of a CQL query's hits, or of each of the selection's top words, per value of a metadata key "
                + "(by=date, reporters, page ...; period=month/year cut ISO dates YYYY-MM-DD to YYYY-MM/YYYY, --MM-DD to "
                + "--MM/(no year), other values are an error), with value_tokens (the value's counted tokens) and "
                + "per_million = count / value_tokens * 10^6. Several reporters (or correspondents, separated by 、) count "
                + "the document for each; documents without the key form the value (none). Each word's dispersion over "
                + "the values as parts: range, Gries's DP = 1/2 sum|v_i - s_i| with s_i = value_tokens / their sum "
                + "(Gries 2008) and DPnorm = DP / (1 - min s_i) (Lijffijt & Gries 2012), repeated on each row of the word; "
                + "NaN when undefined (no occurrence; DPnorm with one value). Rows by value in code-point order (ISO "
                + "dates chronologically), then by the word's overall rank; zero counts included. Stopwords are "
                + "counted, not listed.")
public final class TrendAnalysis implements Analysis {
    private static final String BY = "by";
    private static final String PERIOD = "period";
    private static final String QUERY = "query";
    private static final String TOP = "top";
    private static final String STOPWORDS = "stopwords";
    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec(BY, ParameterType.STRING, "date", "The metadata key whose values the counts are given for"),
            new ParameterSpec(PERIOD, ParameterType.STRING, Period.VALUE.parameterValue(),
                    "Group by the value as it is, or by the month or year of an ISO date").oneOf("value", "month", "year"),
            new ParameterSpec(QUERY, ParameterType.QUERY, "", "A CQL query whose hits are counted; empty for the top words"),
            MatchStrategy.parameter(),
            new ParameterSpec(TOP, ParameterType.INTEGER, "10", "How many of the most frequent words, without a query")
                    .between(1, 1000),
            CountedTypes.parameter(),
            new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none", "A stopword list whose words are counted but not listed"));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QueryService queryService;

    /** For DS, which binds the query service when there is one. */
    public TrendAnalysis() {
    }

    /** @param queries the query service, for use outside OSGi (tests, the benchmark) */
    public TrendAnalysis(QueryService queries) {
        this.queryService = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        String key = parameters.string(BY).strip();
        if (key.isEmpty()) {
            throw new CorpusException("Parameter 'by' of analysis 'trend' names the metadata key to group by, e.g. date");
        }
        TrendOptions options = new TrendOptions(key, Period.ofParameter(parameters.string(PERIOD)),
                (int) parameters.integer(TOP), CountedTypes.of(parameters), parameters.stopwords(STOPWORDS));
        String query = parameters.string(QUERY).strip();
        Hits hits = query.isEmpty() ? null : search(corpus, selection, query,
                MatchStrategy.of(parameters), progress);
        return new Trend(options).compute(corpus, selection, hits, query, progress);
    }

    private Hits search(CorpusView corpus, DocumentSelection selection, String query, MatchStrategy strategy, Progress progress) {
        QueryService service = queryService;
        if (service == null) {
            throw new CorpusException("Cannot run the query '" + query + "': no query engine is installed");
        }
        return service.search(corpus, selection, query, strategy, progress);
    }
}
