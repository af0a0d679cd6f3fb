package org.corpusbench.analysis.keywords;

import static org.corpusbench.analysis.keywords.KeynessMeasures.bic;
import static org.corpusbench.analysis.keywords.KeynessMeasures.chiSquared;
import static org.corpusbench.analysis.keywords.KeynessMeasures.chiSquaredYates;
import static org.corpusbench.analysis.keywords.KeynessMeasures.ell;
import static org.corpusbench.analysis.keywords.KeynessMeasures.logLikelihood2Term;
import static org.corpusbench.analysis.keywords.KeynessMeasures.logLikelihood4Term;
import static org.corpusbench.analysis.keywords.KeynessMeasures.logRatio;
import static org.corpusbench.analysis.keywords.KeynessMeasures.pValue;
import static org.corpusbench.analysis.keywords.KeynessMeasures.percentDiff;
import static org.corpusbench.analysis.keywords.KeynessMeasures.simpleMaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each measure on tables worked by hand from its cited formula, and the published worked examples. */
class KeynessMeasuresTest {
    private static final double EXACT = 1e-12;

    /**
     * 52 in 50,000 tokens against 57 in 75,000, by hand from the UCREL calculator's formula
     * G2 = 2(a ln(a/E1) + b ln(b/E2)): E1 = 50000*109/125000 = 43.6, E2 = 65.4, G2 = 2.65 to two
     * decimals. (Not a figure printed by the calculator: its page gives no worked example that
     * could be checked here; SciPy's value for the same table is in scipy/reference.tsv.)
     */
    @Test
    void twoTermLogLikelihoodByHand() {
        assertEquals(2.65, Math.round(logLikelihood2Term(52, 57, 50000, 75000) * 100) / 100.0);
        assertEquals(2 * (52 * Math.log(52 / 43.6) + 57 * Math.log(57 / 65.4)), logLikelihood2Term(52, 57, 50000, 75000),
                EXACT);
    }

    /** Hardie's (2014) definition, log2 of the ratio of relative frequencies, by hand: three times as frequent is log2 3, twice is 1. */
    @Test
    void logRatioByHand() {
        assertEquals(Math.log(3) / Math.log(2), logRatio(6, 2, 10000, 10000), EXACT);
        assertEquals(1, logRatio(4, 2, 1000, 1000), EXACT);
        assertEquals(0, logRatio(5, 10, 1000, 2000), EXACT);
        assertEquals(3, logRatio(8, 2, 1000, 2000), EXACT);
    }

    @Test
    void logRatioCountsAZeroFrequencyAsHalf() {
        assertEquals(3, logRatio(4, 0, 1000, 1000), EXACT); // (4/1000) / (0.5/1000) = 8
        assertEquals(-2, logRatio(0, 2, 1000, 1000), EXACT); // (0.5/1000) / (2/1000) = 1/4
    }

    /** Sketch Engine's documentation of simple maths: shard, 35 in the BNC (112,289,776) vs 263 in ukWaC (1,559,716,979): 1.1224. */
    @Test
    void sketchEngineSimpleMathsExample() {
        assertEquals(1.1224, Math.round(simpleMaths(35, 263, 112_289_776, 1_559_716_979L, 1) * 1e4) / 1e4);
    }

    @Test
    void simpleMathsAddsKToBothFrequenciesPerMillion() {
        assertEquals(5, simpleMaths(9, 1, 1e6, 1e6, 1), EXACT); // (9 + 1) / (1 + 1)
        assertEquals(109.0 / 101, simpleMaths(9, 1, 1e6, 1e6, 100), EXACT);
        assertEquals(11.0 / 1, simpleMaths(20, 0, 2e6, 5e6, 1), EXACT); // (10 + 1) / (0 + 1)
    }

    @Test
    void percentDiffAndItsZeroRule() {
        assertEquals(200, percentDiff(30, 10, 1000, 1000), EXACT); // (0.03 - 0.01) * 100 / 0.01
        assertEquals(-100, percentDiff(0, 10, 1000, 1000), EXACT);
        assertEquals(0.001 * 100 / 1e-18, percentDiff(1, 0, 1000, 1000), 1);
    }

    /** a = 5 of c = 1000, b = 0 of d = 2000: E1 = 5/3, E2 = 10/3, 2-term G2 = 2 * 5 ln(5/(5/3)) = 10 ln 3. */
    @Test
    void twoTermLogLikelihoodBicAndEll() {
        assertEquals(10 * Math.log(3), logLikelihood2Term(5, 0, 1000, 2000), EXACT);
        assertEquals(10 * Math.log(3) - Math.log(3000), bic(5, 0, 1000, 2000), EXACT);
        assertEquals(10 * Math.log(3) / (3000 * Math.log(5.0 / 3)), ell(5, 0, 1000, 2000), EXACT);
    }

    /** The table [[3, 0], [0, 5]]: E = 9/8, 15/8, 15/8, 25/8; every |O-E| is 15/8. */
    @Test
    void fourCellMeasuresOfAPerfectAssociation() {
        assertEquals(2 * (3 * Math.log(8.0 / 3) + 5 * Math.log(8.0 / 5)), logLikelihood4Term(3, 0, 3, 5), EXACT);
        assertEquals(2 * 3 * Math.log(8.0 / 3), logLikelihood2Term(3, 0, 3, 5), EXACT);
        double inverses = 8.0 / 9 + 8.0 / 15 + 8.0 / 15 + 8.0 / 25;
        assertEquals(8, chiSquared(3, 0, 3, 5), EXACT);
        assertEquals(15.0 / 8 * 15.0 / 8 * inverses, chiSquared(3, 0, 3, 5), EXACT);
        assertEquals(11.0 / 8 * 11.0 / 8 * inverses, chiSquaredYates(3, 0, 3, 5), EXACT);
    }

    @Test
    void equalRelativeFrequenciesScoreNothing() {
        for (double[] t : new double[][] {{10, 20, 1000, 2000}, {123456, 246912, 1e8, 2e8}}) {
            assertEquals(0, logLikelihood2Term(t[0], t[1], t[2], t[3]), 0);
            assertEquals(0, logLikelihood4Term(t[0], t[1], t[2], t[3]), 0);
            assertEquals(0, chiSquared(t[0], t[1], t[2], t[3]), 0);
            assertEquals(0, logRatio(t[0], t[1], t[2], t[3]), EXACT);
            assertEquals(1, simpleMaths(t[0], t[1], t[2], t[3], 1), EXACT);
        }
    }

    /** |O-E| = |10*1000 - 11*1000|/2000 = 0.5: Yates's correction leaves 0, not (0.5 - 0.5)... nor a negative square. */
    @Test
    void yatesNeverGoesBelowZero() {
        assertEquals(0, chiSquaredYates(10, 11, 1000, 1000), 0);
        assertEquals(0, chiSquaredYates(50, 49, 100000, 100000), 0);
        assertTrue(chiSquared(10, 11, 1000, 1000) > 0);
    }

    @Test
    void undefinedMeasuresAreNaN() {
        assertTrue(Double.isNaN(chiSquared(1000, 2000, 1000, 2000)), "the word is every token: E of the other cells is 0");
        assertTrue(Double.isNaN(ell(1, 1, 1, 1)), "E_min = 1, ln 1 = 0");
        assertTrue(Double.isNaN(pValue(Double.NaN)));
    }

    @Test
    void pValuesOfTheUsualCriticalValues() {
        assertEquals(0.05, pValue(3.841458820694124), 1e-15);
        assertEquals(0.01, pValue(6.634896601021214), 1e-15);
        assertEquals(1, pValue(0), 0);
        assertEquals(3.841458820694124, KeynessMeasures.criticalValue(0.05), 1e-12);
    }
}
