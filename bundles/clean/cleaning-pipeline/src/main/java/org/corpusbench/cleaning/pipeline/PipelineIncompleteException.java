package org.corpusbench.importer.internal;

import org.corpusbench.api.CorpusException;

/**
 * An import could not start because too few cleaning steps or splitters were registered, even
 * after waiting. Its own type lets the seeds import tell it from a broken input and try again.
 */
final class PipelineIncompleteException extends CorpusException {
    private static final long serialVersionUID = 1L;

    /** @param message says which services are missing and how to fix it */
    PipelineIncompleteException(String message) {
        super(message);
    }
}
