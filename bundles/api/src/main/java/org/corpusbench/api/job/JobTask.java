package org.corpusbench.api.job;

import org.corpusbench.api.Progress;

/** The work of a job. */
@FunctionalInterface
public interface JobTask {
    /**
     * Does the work, reporting progress and stopping (with {@link Progress#checkCancelled()}) when
     * the job is cancelled.
     *
     * @param progress where to report progress; cancelled when the job is
     * @return what the work produced, for people or as a link relative to the REST root (such as
     *         {@code corpora/news}), or null
     * @throws Exception if the work failed; a {@link org.corpusbench.api.CorpusException}'s
     *         message is shown to the user as it is
     */
    String run(Progress progress) throws Exception;
}
