package org.corpusbench.query;

/**
 * A well-formed query that has no token the search could start from: every token is {@code []} or optional.
 * Kept apart from {@link CqlSyntaxException} because the query is valid CQL, just not searchable by this engine.
 */
public class UnanchoredQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message why the query was refused */
    public UnanchoredQueryException(String message) {
        super(message);
    }
}
