package org.corpusbench.query.internal;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.query.QueryEngine;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's {@link QueryService}: CQL read by {@link org.corpusbench.query.CqlParser} and run by
 * {@link QueryEngine}, whose description gives the exact matching strategies.
 */
@Component(service = QueryService.class)
public final class CqlQueryService implements QueryService {

    private final QueryEngine engine = new QueryEngine();

    @Override
    public String check(String cql) {
        return engine.parse(cql).toString();
    }

    @Override
    public Hits search(CorpusView corpus, DocumentSelection selection, String cql, MatchStrategy strategy,
            Progress progress) {
        return engine.search(corpus, selection, engine.parse(cql), strategy, progress);
    }
}
