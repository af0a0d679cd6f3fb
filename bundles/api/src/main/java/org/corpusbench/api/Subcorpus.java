package org.corpusbench.api;

import java.util.Objects;

/**
 * A named subcorpus saved with a corpus, usable wherever a selection is as {@code @name}.
 *
 * @param name its name
 * @param expression the selection expression that defines it, re-read against the corpus as it is now
 * @param documents how many documents it selects now
 * @param tokens how many tokens those documents hold
 */
public record Subcorpus(String name, String expression, int documents, long tokens) {
    /** Rejects nulls. */
    public Subcorpus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
