package org.corpusbench.analysis.collocates;

/**
 * Which 2x2 table the expectation-based measures use, that is what stands for the node in
 * {@code E11 = R1 C1 / N}: tools differ here.
 */
public enum ExpectedFrequency {
    /**
     * {@code R1 = f_node × span} with {@code span = L + R}, so {@code E11 = f_node f_collocate span / N}:
     * the window-based expectation of BNCweb and CQPweb (Hoffmann et al. 2008; Hardie 2012) and of
     * Church and Hanks' (1990) window variant; Evert's (2008) table for surface co-occurrence,
     * with the nominal rather than the clipped window size.
     */
    SPAN,
    /**
     * {@code R1 = f_node}, so {@code E11 = f_node f_collocate / N}: Sketch Engine's formulas and
     * Evert's (2005) table for adjacent pairs; NLTK's {@code BigramAssocMeasures} for span 1.
     */
    TABLE
}
