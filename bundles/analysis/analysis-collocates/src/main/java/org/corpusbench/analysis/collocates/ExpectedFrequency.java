package org.corpusbench.analysis.collocates;

/**
 * Which 2x2 table the expectation-based measures use, that is what stands for the node in
 * {@code E11 = R1 C1 / N}: tools differ here.
 */
public enum ExpectedFrequency {
    /**
     * {@code R1 = } the counted tokens in the node's windows, summed over its hits (a position in the
     * windows of two hits counts twice), so {@code E11 = R1 f_collocate / N}: CQPweb's table
     * ({@code colloc-lib.inc.php}: {@code R1 = calculate_words_in_window()}, the rows of its window
     * table, {@code E11 = R1 C1 / N}); Evert's (2008) table for surface co-occurrence, except that he counts
     * a position covered by overlapping windows once. A window
     * cut short by the document's or sentence's edge counts the tokens it has, so this is
     * {@code f_node (L + R)}, the nominal span of Stubbs (1995) and WordSmith, only where no window
     * is cut short; the nominal span would overstate the expectation next to the edges (by a lot
     * with sentence-bound windows).
     */
    SPAN,
    /**
     * {@code R1 = f_node}, so {@code E11 = f_node f_collocate / N}: Sketch Engine's formulas and
     * Evert's (2005) table for adjacent pairs; NLTK's {@code BigramAssocMeasures} for span 1.
     */
    TABLE
}
