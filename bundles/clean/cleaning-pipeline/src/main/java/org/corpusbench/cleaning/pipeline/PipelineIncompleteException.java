package org.corpusbench.cleaning.pipeline;

import org.corpusbench.api.CorpusException;

/**
 * An import could not start because too few cleaning steps or splitters were registered, even
 * after waiting. Its message begins with {@link PipelineReadiness#INCOMPLETE}, which is how callers in
 * other bundles (the seeds import) tell it from a broken input and try again: this package is not exported.
 */
public final class PipelineIncompleteException extends CorpusException {
    private static final long serialVersionUID = 1L;

    /** @param message says which services are missing and how to fix it */
    public PipelineIncompleteException(String message) {
        super(message);
    }
}
