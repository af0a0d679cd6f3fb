package org.corpusbench.api.query;

import org.corpusbench.api.CorpusException;

/**
 * A query that cannot be read, or that the engine refuses (one anchored on no token). The message
 * names the position and what was expected; the console and REST show it as it is (REST: 400).
 */
public class QuerySyntaxException extends CorpusException {
    private static final long serialVersionUID = 1L;
    private final String query;
    private final int position;

    /**
     * @param message names the position and what was expected
     * @param query the query as given
     * @param position the code-point offset in the query where reading failed, or -1 for the whole query
     */
    public QuerySyntaxException(String message, String query, int position) {
        super(message);
        this.query = query;
        this.position = position;
    }

    /** @return the query as given */
    public String query() {
        return query;
    }

    /** @return the code-point offset where reading failed, or -1 if the problem is the whole query */
    public int position() {
        return position;
    }
}
