package org.corpusbench.analysis.collocates;

/**
 * The 2x2 contingency table of a node and a collocate in Evert's notation (Evert 2005, <i>The
 * Statistics of Word Cooccurrences</i>, section 2.1; Evert 2008, "Corpora and collocations"):
 *
 * <pre>
 *              collocate   not collocate
 *   node          O11          O12        R1
 *   not node      O21          O22        R2
 *                 C1           C2         N
 * </pre>
 *
 * Given the observed co-occurrences {@code O11}, the row total {@code R1}, the column total
 * {@code C1} (the collocate's frequency) and the sample size {@code N}, the other cells follow:
 * {@code O12 = R1 - O11}, {@code O21 = C1 - O11}, {@code O22 = N - R1 - C1 + O11}; the expected
 * cells under independence are {@code Eij = Ri * Cj / N}. A derived cell may come out negative when
 * the counts are not a true table (a collocate token counted in the windows of two nearby hits):
 * see {@link #isProper()}.
 *
 * @param o11 observed co-occurrences of node and collocate
 * @param r1 the node's row total: its frequency, or the total size of its windows
 * @param c1 the collocate's frequency
 * @param n the sample size (tokens)
 */
public record ContingencyTable(double o11, double r1, double c1, double n) {
    /** @return {@code R1 - O11} */
    public double o12() {
        return r1 - o11;
    }

    /** @return {@code C1 - O11} */
    public double o21() {
        return c1 - o11;
    }

    /** @return {@code N - R1 - C1 + O11} */
    public double o22() {
        return n - r1 - c1 + o11;
    }

    /** @return {@code N - R1} */
    public double r2() {
        return n - r1;
    }

    /** @return {@code N - C1} */
    public double c2() {
        return n - c1;
    }

    /** @return {@code E11 = R1 C1 / N} */
    public double e11() {
        return r1 * c1 / n;
    }

    /** @return {@code E12 = R1 C2 / N} */
    public double e12() {
        return r1 * c2() / n;
    }

    /** @return {@code E21 = R2 C1 / N} */
    public double e21() {
        return r2() * c1 / n;
    }

    /** @return {@code E22 = R2 C2 / N} */
    public double e22() {
        return r2() * c2() / n;
    }

    /** @return whether every cell, observed and derived, is at least 0 */
    public boolean isProper() {
        return o11 >= 0 && o12() >= 0 && o21() >= 0 && o22() >= 0;
    }
}
