package org.corpusbench.api.job;

import org.corpusbench.api.CorpusException;

/**
 * Thrown by {@link JobService#submit} when no more work can be queued now (the queue is full, or
 * the service is stopping): not the caller's mistake, so worth trying again later (REST answers
 * 503 with Retry-After).
 */
public class JobsBusyException extends CorpusException {
    private static final long serialVersionUID = 1L;

    /** @param message what is full, for people */
    public JobsBusyException(String message) {
        super(message);
    }
}
