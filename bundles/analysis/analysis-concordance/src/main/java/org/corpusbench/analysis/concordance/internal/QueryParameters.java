package org.corpusbench.analysis.concordance.internal;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;

/** The query parameter the analyses of this bundle share, and the search it makes with the matching strategy. */
final class QueryParameters {
    static final String QUERY = "query";
    static final ParameterSpec QUERY_SPEC = new ParameterSpec(QUERY, ParameterType.QUERY, null,
            "The CQL query, e.g. \"经济\" []{0,2} \"发展\"");

    private QueryParameters() {
    }

    /** @return the hits of the query the parameters give, in the selection */
    static Hits search(QueryService queries, CorpusView corpus, DocumentSelection selection, Parameters parameters,
            Progress progress) {
        return queries.search(corpus, selection, parameters.string(QUERY), MatchStrategy.of(parameters), progress);
    }
}
