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
     * A subcorpus of the corpus being analysed, as {@link org.corpusbench.api.Subcorpora} reads it
     * ("all", "0-3,7", "date>=2023-03-01 &amp; page=1", "@name"); the analysis receives a
     * {@link org.corpusbench.api.DocumentSelection}.
     */
    DOCUMENT_SELECTION,
    /**
     * The name of a stopword list ({@code none} for no list); the analysis receives a
     * {@link StopwordList}.
     */
    STOPWORDS,
    /**
     * A query in the workbench's CQL ({@code "经济" []{0,2} "发展"}); the analysis receives the text and
     * evaluates it with {@link org.corpusbench.api.query.QueryService}, whose syntax errors are
     * user errors.
     */
    QUERY
}
