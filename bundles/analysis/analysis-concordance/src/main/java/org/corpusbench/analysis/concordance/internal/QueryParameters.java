package org.corpusbench.analysis.concordance.internal;

import java.util.Locale;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;

/** The query and matching-strategy parameters the analyses of this bundle share, and the search they make. */
final class QueryParameters {
    static final String QUERY = "query";
    static final String STRATEGY = "strategy";
    static final ParameterSpec QUERY_SPEC = new ParameterSpec(QUERY, ParameterType.QUERY, null,
            "The CQL query, e.g. \"经济\" []{0,2} \"发展\"");
    static final ParameterSpec STRATEGY_SPEC = new ParameterSpec(STRATEGY, ParameterType.STRING, "standard",
            "Which matches a variable-length query reports (CQP's matching strategies)")
            .oneOf("shortest", "standard", "longest");

    private QueryParameters() {
    }

    /** @return the hits of the query the parameters give, in the selection */
    static Hits search(QueryService queries, CorpusView corpus, DocumentSelection selection, Parameters parameters,
            Progress progress) {
        MatchStrategy strategy = MatchStrategy.valueOf(parameters.string(STRATEGY).toUpperCase(Locale.ROOT));
        return queries.search(corpus, selection, parameters.string(QUERY), strategy, progress);
    }
}
