package org.corpusbench.query;

/**
 * Checks that a query has an anchor: a token with a constraint that every match must contain.
 * The search engine starts from the rarest anchored token, so a query without one (only {@code []},
 * or every constrained token optional) would have to scan the whole corpus and is refused.
 */
public final class Anchors {

    private Anchors() {
    }

    /**
     * Refuses a query without an anchor.
     *
     * @param query a parsed query
     * @return the same query, for chaining
     * @throws UnanchoredQueryException if no constrained token is required in every match
     */
    public static Query requireAnchor(Query query) {
        return requireAnchor(query, query.toString());
    }

    /**
     * Refuses a query without an anchor, quoting it as the user wrote it.
     *
     * @param query a parsed query
     * @param text  the text it was parsed from
     * @return the same query, for chaining
     * @throws UnanchoredQueryException if no constrained token is required in every match
     */
    public static Query requireAnchor(Query query, String text) {
        if (!isAnchored(query.body())) {
            throw new UnanchoredQueryException("The query needs at least one token that is not [] and not optional"
                    + " (?, *, {0,n}) in every alternative, for example \"发展\" or [word=\"经.*\"];"
                    + " the search starts from such a token. Query: " + text, text);
        }
        return query;
    }

    /** Whether every match of {@code node} contains a token with a constraint. */
    public static boolean isAnchored(Node node) {
        if (node instanceof Node.Token token) {
            return token.constraint().isPresent();
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.elements().stream().anyMatch(Anchors::isAnchored);
        }
        if (node instanceof Node.Alternation alternation) {
            // each alternative is searched from its own anchor, so each needs one
            return alternation.alternatives().stream().allMatch(Anchors::isAnchored);
        }
        Node.Repeat repeat = (Node.Repeat) node;
        return repeat.min() >= 1 && isAnchored(repeat.body());
    }
}
