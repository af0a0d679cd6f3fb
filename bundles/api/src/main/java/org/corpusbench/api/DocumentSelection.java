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

    /** Receives the token positions of one selected document. */
    @FunctionalInterface
    public interface DocumentTokens {
        /**
         * @param document the document index
         * @param from its first token position
         * @param to the position just after its last token
         */
        void accept(int document, int from, int to);
    }

    /**
     * Visits the selected documents in order with their token ranges, reporting progress by
     * document and checking for cancellation before each. The one way analyses walk a selection.
     *
     * @param corpus the corpus the selection belongs to
     * @param progress to report to and to check for cancellation
     * @param action receives each selected document
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public void forEachDocument(CorpusView corpus, Progress progress, DocumentTokens action) {
        int documents = corpus.documentCount();
        for (int document = 0; document < documents; document++) {
            progress.checkCancelled();
            if (contains(document)) {
                action.accept(document, corpus.documentStart(document), corpus.documentStart(document + 1));
            }
            progress.report("reading documents", document + 1L, documents);
        }
    }

    /**
     * @param corpus the corpus the selection belongs to
     * @return how many tokens the selected documents hold
     */
    public long tokenCount(CorpusView corpus) {
        if (this == ALL) {
            return corpus.tokenCount();
        }
        long tokens = 0;
        for (int document = 0; document < corpus.documentCount(); document++) {
            if (contains(document)) {
                tokens += corpus.documentStart(document + 1) - corpus.documentStart(document);
            }
        }
        return tokens;
    }
}
