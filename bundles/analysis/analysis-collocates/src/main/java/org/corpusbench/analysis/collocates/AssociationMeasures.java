package org.corpusbench.analysis.collocates;

/**
 * The association measures of a {@link ContingencyTable}, one method per measure, each as its
 * source defines it (the formulas in Evert's notation, Evert 2005 and www.collocations.de). Logarithms
 * are {@code log2} where the source says bits and natural ({@code ln}) otherwise, as stated per method.
 *
 * <p>Undefined values are NaN: the table-based measures ({@link #logLikelihood}, {@link #chiSquared},
 * both {@code deltaP}) when a derived cell is negative ({@link ContingencyTable#isProper()} is false),
 * or when a division by a zero margin would be needed. The measures of {@code O11} and {@code E11}
 * alone give what the formula gives (e.g. {@code -Infinity} for MI of {@code O11 = 0}).
 */
public final class AssociationMeasures {
    private static final double LN2 = Math.log(2);

    private AssociationMeasures() {
    }

    /**
     * Mutual information (Church and Hanks 1990, "Word association norms, mutual information, and
     * lexicography"): {@code log2(O11 / E11)}.
     *
     * @param table the counts
     * @return the score in bits
     */
    public static double mi(ContingencyTable table) {
        return log2(table.o11() / table.e11());
    }

    /**
     * MI3 (Daille 1994, thesis; as Sketch Engine's "MI3", Kilgarriff et al. 2004):
     * {@code log2(O11^3 / E11)}, cubing the observed count to favour frequent pairs.
     *
     * @param table the counts
     * @return the score
     */
    public static double mi3(ContingencyTable table) {
        return log2(table.o11() * table.o11() * table.o11() / table.e11());
    }

    /**
     * T-score (Church, Gale, Hanks and Hindle 1991, "Using statistics in lexical analysis"):
     * {@code (O11 - E11) / sqrt(O11)}. NLTK's {@code student_t} adds 1e-20 to {@code O11} under the
     * root; for {@code O11 >= 1} that changes nothing a double can show beyond 1e-20 relative.
     *
     * @param table the counts
     * @return the score
     */
    public static double tScore(ContingencyTable table) {
        return (table.o11() - table.e11()) / Math.sqrt(table.o11());
    }

    /**
     * z-score (Dennis 1965; Berry-Rogghe 1973; Evert 2005, section 3.1.2):
     * {@code (O11 - E11) / sqrt(E11)}, without continuity correction.
     *
     * @param table the counts
     * @return the score
     */
    public static double zScore(ContingencyTable table) {
        return (table.o11() - table.e11()) / Math.sqrt(table.e11());
    }

    /**
     * Log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics of surprise and
     * coincidence"), the 4-cell form {@code 2 Σ Oij ln(Oij / Eij)} over all four cells, with
     * {@code 0 ln 0 = 0}. Two-sided: it does not say whether the pair is attracted or repelled.
     *
     * @param table the counts
     * @return the statistic, or NaN if a cell is negative
     */
    public static double logLikelihood(ContingencyTable table) {
        if (!table.isProper()) {
            return Double.NaN;
        }
        return 2 * (term(table.o11(), table.e11()) + term(table.o12(), table.e12()) + term(table.o21(), table.e21())
                + term(table.o22(), table.e22()));
    }

    /**
     * Pearson's chi-squared without Yates' correction (Manning and Schütze 1999, section 5.3.3;
     * Evert 2005): {@code N (O11 O22 - O12 O21)² / (R1 R2 C1 C2)}, equal to {@code Σ (Oij - Eij)² / Eij}.
     *
     * @param table the counts
     * @return the statistic, or NaN if a cell is negative or a margin is 0
     */
    public static double chiSquared(ContingencyTable table) {
        double margins = table.r1() * table.r2() * table.c1() * table.c2();
        if (!table.isProper() || margins == 0) {
            return Double.NaN;
        }
        double difference = table.o11() * table.o22() - table.o12() * table.o21();
        return table.n() * difference * difference / margins;
    }

    /**
     * The one-sided form of a two-sided statistic (Evert 2008, "Corpora and collocations", section
     * 5: a two-sided test ranks a repelled pair, {@code O11 < E11}, as high as an attracted one):
     * the statistic, negated when {@code O11 < E11}. CQPweb signs its log-likelihood so
     * ({@code colloc-lib.inc.php}: {@code sign(O11 - E11) * 2 * ...}). Its absolute value is the
     * statistic itself.
     *
     * @param table the counts
     * @param statistic a two-sided statistic of the table, such as {@link #logLikelihood} or {@link #chiSquared}
     * @return the statistic, negative for a repelled pair; NaN for NaN
     */
    public static double oneSided(ContingencyTable table, double statistic) {
        return table.o11() < table.e11() ? -statistic : statistic;
    }

    /**
     * Dice coefficient (Dice 1945; Smadja, McKeown and Hatzivassiloglou 1996): {@code 2 O11 / (R1 + C1)}.
     *
     * @param table the counts
     * @return the coefficient
     */
    public static double dice(ContingencyTable table) {
        return 2 * table.o11() / (table.r1() + table.c1());
    }

    /**
     * logDice (Rychlý 2008, "A lexicographer-friendly association score"):
     * {@code 14 + log2(2 O11 / (R1 + C1))}, i.e. {@code 14 + log2(2 f_xy / (f_x + f_y))}; at most 14.
     *
     * @param table the counts
     * @return the score
     */
    public static double logDice(ContingencyTable table) {
        return 14 + log2(dice(table));
    }

    /**
     * Minimum sensitivity (Pedersen 1998, "Dependent bigram identification"):
     * {@code min(O11 / R1, O11 / C1)}.
     *
     * @param table the counts
     * @return the smaller of the two conditional proportions
     */
    public static double minimumSensitivity(ContingencyTable table) {
        return Math.min(table.o11() / table.r1(), table.o11() / table.c1());
    }

    /**
     * ΔP of the collocate given the node (Gries 2013, "50-something years of work on collocations",
     * after Allan 1980 and Ellis 2006): {@code P(collocate | node) - P(collocate | ¬node) = O11 / R1 - O21 / R2}.
     *
     * @param table the counts
     * @return the difference, or NaN if a cell is negative or {@code R1} or {@code R2} is 0
     */
    public static double deltaPCollocateGivenNode(ContingencyTable table) {
        if (!table.isProper() || table.r1() == 0 || table.r2() == 0) {
            return Double.NaN;
        }
        return table.o11() / table.r1() - table.o21() / table.r2();
    }

    /**
     * ΔP of the node given the collocate (Gries 2013): {@code P(node | collocate) - P(node | ¬collocate)
     * = O11 / C1 - O12 / C2}.
     *
     * @param table the counts
     * @return the difference, or NaN if a cell is negative or {@code C1} or {@code C2} is 0
     */
    public static double deltaPNodeGivenCollocate(ContingencyTable table) {
        if (!table.isProper() || table.c1() == 0 || table.c2() == 0) {
            return Double.NaN;
        }
        return table.o11() / table.c1() - table.o12() / table.c2();
    }

    /**
     * MI.log-f (Kilgarriff and Tugwell 2001, WASP-Bench; Sketch Engine's "MI.log_f"):
     * {@code MI × ln(O11 + 1)}, with {@link #mi MI} in bits and the natural logarithm of the count.
     *
     * @param table the counts
     * @return the score
     */
    public static double miLogF(ContingencyTable table) {
        return mi(table) * Math.log(table.o11() + 1);
    }

    /** One cell's {@code O ln(O / E)}, 0 for an empty cell. */
    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static double log2(double value) {
        return Math.log(value) / LN2;
    }
}
