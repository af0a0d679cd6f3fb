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
    QUERY,
    /**
     * What a target is compared with ({@link Reference}): {@code list:<name>} a reference
     * frequency list ({@code list:jieba}, jieba's dictionary); {@code corpus:<name>} another stored
     * corpus, {@code corpus:<name>/<selection>} a part of it; {@code rest} the documents of the
     * analysed corpus outside the target selection; any other text a selection of the analysed
     * corpus, as {@link #DOCUMENT_SELECTION} reads it ({@code @name}, {@code date<2023-03-01}).
     */
    REFERENCE
}
