package org.corpusbench.api.analysis;

/** The type of an analysis parameter, which decides how its text value is read. */
public enum ParameterType {
    /** Any text. */
    STRING,
    /** A whole number (a Java {@code long}). */
    INTEGER,
    /** A decimal number (a Java {@code double}). */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** The name of a stored corpus, such as a reference corpus; the analysis receives its view. */
    CORPUS,
    /**
     * A subcorpus of the corpus being analysed: "all", document indices and ranges ("0-3,7") or a
     * metadata match ("key=value"); the analysis receives a {@link org.corpusbench.api.DocumentSelection}.
     */
    DOCUMENT_SELECTION
}
