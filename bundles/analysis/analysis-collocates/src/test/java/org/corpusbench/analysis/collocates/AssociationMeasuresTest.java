package org.corpusbench.analysis.collocates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssociationMeasuresTest {
    /**
     * O11 = 10, R1 = 20, C1 = 40, N = 200, so O12 = 10, O21 = 30, O22 = 150, R2 = 180, C2 = 160 and
     * E11 = 4, E12 = 16, E21 = 36, E22 = 144. The expected values below were worked out by hand from
     * the cited formulas (logarithms from a calculator).
     */
    private static final ContingencyTable SMALL = new ContingencyTable(10, 20, 40, 200);
    private static final double EXACT = 1e-12;

    @Test
    void derivesTheOtherCellsAndTheExpectedOnes() {
        assertEquals(10, SMALL.o12());
        assertEquals(30, SMALL.o21());
        assertEquals(150, SMALL.o22());
        assertEquals(4, SMALL.e11(), EXACT);
        assertEquals(16, SMALL.e12(), EXACT);
        assertEquals(36, SMALL.e21(), EXACT);
        assertEquals(144, SMALL.e22(), EXACT);
    }

    @Test
    void computesEachMeasureAsItsSourceDefinesIt() {
        assertEquals(1.3219280948873624, AssociationMeasures.mi(SMALL), EXACT); // log2(10 / 4)
        assertEquals(7.965784284662087, AssociationMeasures.mi3(SMALL), EXACT); // log2(1000 / 4)
        assertEquals(1.8973665961010275, AssociationMeasures.tScore(SMALL), EXACT); // 6 / sqrt(10)
        assertEquals(3, AssociationMeasures.zScore(SMALL), EXACT); // 6 / sqrt(4)
        // 2 (10 ln 10/4 + 10 ln 10/16 + 30 ln 30/36 + 150 ln 150/144)
        assertEquals(10.233047001007675, AssociationMeasures.logLikelihood(SMALL), 1e-11);
        // 200 (10*150 - 10*30)^2 / (20*180*40*160) = 36/4 + 36/16 + 36/36 + 36/144
        assertEquals(12.5, AssociationMeasures.chiSquared(SMALL), EXACT);
        assertEquals(1.0 / 3, AssociationMeasures.dice(SMALL), EXACT); // 20 / 60
        assertEquals(12.415037499278844, AssociationMeasures.logDice(SMALL), EXACT); // 14 + log2(1/3)
        assertEquals(0.25, AssociationMeasures.minimumSensitivity(SMALL), EXACT); // min(10/20, 10/40)
        assertEquals(1.0 / 3, AssociationMeasures.deltaPCollocateGivenNode(SMALL), EXACT); // 10/20 - 30/180
        assertEquals(0.1875, AssociationMeasures.deltaPNodeGivenCollocate(SMALL), EXACT); // 10/40 - 10/160
        assertEquals(3.1698451297097625, AssociationMeasures.miLogF(SMALL), EXACT); // log2(2.5) ln(11)
    }

    @Test
    void anEmptyCellAddsNothingToTheLogLikelihood() {
        // O12 = O21 = 0: 2 (5 ln(5 / 0.25) + 95 ln(95 / 90.25))
        ContingencyTable table = new ContingencyTable(5, 5, 5, 100);
        assertEquals(39.7030486691745, AssociationMeasures.logLikelihood(table), 1e-11);
        assertEquals(1, AssociationMeasures.minimumSensitivity(table), EXACT);
    }

    @Test
    void tableMeasuresAreUndefinedWhenACellIsNegative() {
        // a collocate counted in the windows of two hits: more co-occurrences than node occurrences
        ContingencyTable table = new ContingencyTable(6, 5, 8, 100);
        assertTrue(Double.isNaN(AssociationMeasures.logLikelihood(table)));
        assertTrue(Double.isNaN(AssociationMeasures.chiSquared(table)));
        assertTrue(Double.isNaN(AssociationMeasures.deltaPCollocateGivenNode(table)));
        assertTrue(Double.isNaN(AssociationMeasures.deltaPNodeGivenCollocate(table)));
        assertEquals(Math.log(6 / (5 * 8 / 100.0)) / Math.log(2), AssociationMeasures.mi(table), EXACT);
    }

    /**
     * Dunning (1993), -2 log λ of bigrams in a 31,777-word text, with the cells k(AB), k(A¬B), k(¬AB),
     * k(¬A¬B): the two of his figures that NLTK 3.8's collocations.doctest reproduces ("Likelihood
     * ratios: examples from Dunning, CL, 1993": {@code likelihood_ratio(110, (2552, 221), 31777)} is
     * 270.72, {@code likelihood_ratio(8, (13, 32), 31777)} is 95.29). Further rows of Dunning's table
     * could not be checked against a copy of the paper here and are not used.
     */
    @ParameterizedTest(name = "{5}")
    @CsvSource({"270.72, 110, 2442, 111, 29114, the swiss", "95.29, 8, 5, 24, 31740, Dunning's second doctest pair"})
    void agreesWithDunningsPublishedBigrams(double published, long ab, long aNotB, long notAB, long notANotB, String bigram) {
        ContingencyTable table = new ContingencyTable(ab, ab + aNotB, ab + notAB, ab + aNotB + notAB + notANotB);
        assertEquals(published, AssociationMeasures.logLikelihood(table), 0.005, bigram);
    }

    /** Rychlý (2008) states what logDice values mean; each statement is checked on a table that shows it. */
    @Test
    void hasTheLogDicePropertiesRychlyStates() {
        // "theoretical maximum is 14, in case when all occurrences of X co-occur with Y and all occurrences of Y co-occur with X"
        assertEquals(14, AssociationMeasures.logDice(new ContingencyTable(37, 37, 37, 1_000_000)), EXACT);
        // "value 0 means there is less than 1 co-occurrence of XY per 16,000 X or 16,000 Y": 1 in 2^14 = 16,384 of each
        assertEquals(0, AssociationMeasures.logDice(new ContingencyTable(1, 16_384, 16_384, 1_000_000)), EXACT);
        // "plus 1 point means twice as often collocation"
        double once = AssociationMeasures.logDice(new ContingencyTable(20, 500, 300, 1_000_000));
        assertEquals(once + 1, AssociationMeasures.logDice(new ContingencyTable(40, 500, 300, 1_000_000)), EXACT);
        // "the score does not depend on the total size of a corpus"
        assertEquals(once, AssociationMeasures.logDice(new ContingencyTable(20, 500, 300, 5_000)), EXACT);
    }

    /**
     * Manning and Schütze (1999), chapter 5, worked examples on 14,307,668 tokens of New York Times
     * newswire, as NLTK 3.8's collocations.doctest reproduces them ("examples from Manning and Schutze
     * 5.3.2 / 5.3.3 / 5.4", printed to the decimals given here): t of "new companies" (C(new) = 15,828,
     * C(companies) = 4,675, C(new companies) = 8) 0.9999, of "Ayatollah Ruhollah" (42, 20, 20) 4.4721;
     * chi-squared of "new companies" 1.55, of (59, (67, 65), 571,007) 456,400; PMI of "Ayatollah
     * Ruhollah" 18.38, of (20, (15,019, 15,629)) 0.29. The six-digit t = 0.999932 often quoted for
     * "new companies" is the book's but was not confirmed here, so only four decimals are checked.
     */
    @Test
    void agreesWithManningAndSchutzesWorkedExamples() {
        long n = 14_307_668;
        assertEquals(0.9999, AssociationMeasures.tScore(new ContingencyTable(8, 15_828, 4_675, n)), 0.00005);
        assertEquals(4.4721, AssociationMeasures.tScore(new ContingencyTable(20, 42, 20, n)), 0.00005);
        assertEquals(1.55, AssociationMeasures.chiSquared(new ContingencyTable(8, 15_828, 4_675, n)), 0.005);
        assertEquals(456_400, AssociationMeasures.chiSquared(new ContingencyTable(59, 67, 65, 571_007)), 0.5);
        assertEquals(18.38, AssociationMeasures.mi(new ContingencyTable(20, 42, 20, n)), 0.005);
        assertEquals(0.29, AssociationMeasures.mi(new ContingencyTable(20, 15_019, 15_629, n)), 0.005);
    }

    /** A repelled pair's two-sided statistic turns negative; an attracted pair's is unchanged. */
    @Test
    void oneSidedStatisticsAreNegativeForRepelledPairs() {
        // O11 = 10 > E11 = 4: attracted, so the one-sided LL is the two-sided one
        assertEquals(10.233047001007675, AssociationMeasures.oneSided(SMALL, AssociationMeasures.logLikelihood(SMALL)), 1e-11);
        // O11 = 1 < E11 = 20 * 40 / 200 = 4: 2 (1 ln 1/4 + 19 ln 19/16 + 39 ln 39/36 + 141 ln 141/144), negated
        ContingencyTable repelled = new ContingencyTable(1, 20, 40, 200);
        double twoSided = 2 * (Math.log(1 / 4.0) + 19 * Math.log(19 / 16.0) + 39 * Math.log(39 / 36.0)
                + 141 * Math.log(141 / 144.0));
        assertEquals(-twoSided, AssociationMeasures.oneSided(repelled, AssociationMeasures.logLikelihood(repelled)), 1e-12);
        assertEquals(-twoSided, Measure.LOG_LIKELIHOOD.of(repelled, repelled), 1e-12);
        assertTrue(Measure.CHI_SQUARED.of(repelled, repelled) < 0);
        assertTrue(Double.isNaN(AssociationMeasures.oneSided(repelled, Double.NaN)));
    }
}
