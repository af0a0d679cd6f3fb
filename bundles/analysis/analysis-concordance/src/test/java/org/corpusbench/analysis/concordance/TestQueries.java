package org.corpusbench.analysis.concordance;

import org.corpusbench.api.query.QueryService;

/** The query engine the tests run the analyses with. */
final class TestQueries {

    private TestQueries() {
    }

    static QueryService service() {
        return new LiteralQueryService();
    }
}
