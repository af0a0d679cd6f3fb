package org.corpusbench.api;

/**
 * A problem a user can act on: bad input, a bad parameter, a broken file. Its message is one
 * sentence naming the input and the problem, fit to show as it is.
 */
public class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message names the input and the problem */
    public CorpusException(String message) {
        super(message);
    }

    /**
     * @param message names the input and the problem
     * @param cause the underlying failure
     */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
