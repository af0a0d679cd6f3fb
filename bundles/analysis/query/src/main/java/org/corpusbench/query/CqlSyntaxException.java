package org.corpusbench.query;

import org.corpusbench.api.query.QuerySyntaxException;

/**
 * A query that does not follow the grammar, names an unknown attribute or region, or contains an invalid
 * regular expression or repetition.
 *
 * <p>{@link #getMessage()} shows the problem, then the query with a caret under the offending place,
 * because users type queries by hand and need to see where it went wrong. {@link #problem()} is the
 * one-line description alone. Positions count code points, as {@link QuerySyntaxException} requires.
 */
public class CqlSyntaxException extends QuerySyntaxException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    /**
     * @param query    the whole query text
     * @param position 0-based code-point position of the problem
     * @param problem  one-line description, e.g. {@code Expected ']' at position 12, found end of query}
     */
    public CqlSyntaxException(String query, int position, String problem) {
        super(problem + "\n  " + query + "\n  " + caretLine(query, position), query, position);
        this.problem = problem;
    }

    /** The one-line description without the caret picture. */
    public String problem() {
        return problem;
    }

    private static String caretLine(String query, int position) {
        StringBuilder pad = new StringBuilder();
        int[] codePoints = query.codePoints().toArray();
        for (int i = 0; i < Math.min(position, codePoints.length); i++) {
            // Chinese characters take two columns in a terminal; keep the caret under the right place
            int c = codePoints[i];
            pad.append(isWide(c) ? "  " : c == '\t' ? "\t" : " ");
        }
        return pad.append('^').toString();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
