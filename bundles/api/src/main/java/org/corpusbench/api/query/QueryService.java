package org.corpusbench.api.query;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds the hits of a CQL query through the corpus's position lists. Thread-safe.
 */
@ProviderType
public interface QueryService {
    /**
     * Reads a query without running it, to check it early.
     *
     * @param cql the query
     * @return its canonical form
     * @throws QuerySyntaxException naming the position and what was expected, or if no token anchors it
     */
    String check(String cql);

    /**
     * @param corpus the corpus to search
     * @param selection the documents whose hits count; a hit never spans two documents
     * @param cql the query
     * @param strategy which matches a variable-length query reports
     * @param progress to check for cancellation
     * @return the hits, in corpus order
     * @throws QuerySyntaxException if the query cannot be read or has no anchor
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    Hits search(CorpusView corpus, DocumentSelection selection, String cql, MatchStrategy strategy, Progress progress);
}
