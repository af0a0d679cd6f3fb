package org.corpusbench.api;

/** A named thing (corpus, analysis, format, document) does not exist. */
public class NotFoundException extends CorpusException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind what was looked for ("corpus")
     * @param name the name that was not found
     */
    public NotFoundException(String kind, String name) {
        super("Unknown " + kind + " '" + name + "'");
    }
}
