package org.corpusbench.api;

import java.util.function.IntPredicate;

/**
 * A subcorpus: which documents of a corpus an analysis looks at.
 *
 * @param expression how the user wrote it, for provenance ("all", "0-3,7", "page=10")
 * @param includes tests a document index
 */
public record DocumentSelection(String expression, IntPredicate includes) {
    /** Every document. */
    public static final DocumentSelection ALL = new DocumentSelection("all", index -> true);

    /**
     * @param documentIndex a document index
     * @return whether the selection includes it
     */
    public boolean contains(int documentIndex) {
        return includes.test(documentIndex);
    }
}
