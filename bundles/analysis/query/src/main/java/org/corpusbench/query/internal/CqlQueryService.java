package org.corpusbench.query.internal;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.query.AttributeResolver;
import org.corpusbench.query.QueryEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The workbench's {@link QueryService}: CQL read by {@link org.corpusbench.query.CqlParser} and run by
 * {@link QueryEngine}, whose description gives the exact matching strategies and limits. The most hits a
 * query may have is configured under the PID {@value #PID} ({@code max.hits}).
 */
@Component(service = QueryService.class, configurationPid = CqlQueryService.PID)
@Designate(ocd = CqlQueryService.Config.class)
public final class CqlQueryService implements QueryService {

    /** The configuration PID. */
    public static final String PID = "org.corpusbench.query";

    @ObjectClassDefinition(name = "Corpus Workbench query service", description = "Limits of CQL queries")
    public @interface Config {
        @AttributeDefinition(name = "Maximum hits", min = "1", description = "The most hits a query may have; a query "
                + "with more is refused and the reader asked to narrow it (each hit is held as two ints, 8 bytes, plus more while a concordance sorts them)")
        int max_hits() default QueryEngine.DEFAULT_MAX_HITS;
    }

    private volatile QueryEngine engine = new QueryEngine();

    /** Outside OSGi (tests, tools): the default limits. */
    public CqlQueryService() {
    }

    @Activate
    @Modified
    void configure(Config config) {
        engine = new QueryEngine(AttributeResolver.standard(), Math.max(1, config.max_hits()));
    }

    @Override
    public String check(String cql) {
        return engine.parse(cql).toString();
    }

    @Override
    public Hits search(CorpusView corpus, DocumentSelection selection, String cql, MatchStrategy strategy,
            Progress progress) {
        QueryEngine current = engine;
        return current.search(corpus, selection, current.parse(cql), strategy, progress);
    }
}
