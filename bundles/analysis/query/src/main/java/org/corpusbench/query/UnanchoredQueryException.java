package org.corpusbench.query;

import org.corpusbench.api.query.QuerySyntaxException;

/**
 * A well-formed query that has no token the search could start from: every token is {@code []} or optional.
 * Kept apart from {@link CqlSyntaxException} because the query is valid CQL, just not searchable by this engine;
 * its {@link #position()} is -1 because the problem is the query as a whole.
 */
public class UnanchoredQueryException extends QuerySyntaxException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why the query was refused
     * @param query   the query as given
     */
    public UnanchoredQueryException(String message, String query) {
        super(message, query, -1);
    }
}
