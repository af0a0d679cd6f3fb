package org.corpusbench.api;

import java.util.concurrent.CancellationException;

/** Lets long work report how far it is and notice that its caller cancelled it. */
public interface Progress {
    /** Progress that nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(String stage, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param stage what is being done, for people ("segmenting")
     * @param done units done so far
     * @param total units in all, or -1 if unknown
     */
    void report(String stage, long done, long total);

    /** @return whether the caller asked the work to stop */
    boolean isCancelled();

    /** @throws CancellationException if the caller asked the work to stop */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }
}
