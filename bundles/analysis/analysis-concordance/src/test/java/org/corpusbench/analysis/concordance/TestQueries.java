package org.corpusbench.analysis.concordance;

import org.corpusbench.api.query.QueryService;
import org.corpusbench.query.internal.CqlQueryService;

/** The query engine the tests run the analyses with: the workbench's own. */
final class TestQueries {

    private TestQueries() {
    }

    static QueryService service() {
        return new CqlQueryService();
    }
}
