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
     * Dunning (1993), section 6: -2 log λ of bigrams in a 31,777-word text, printed to two decimals
     * with the cells k(AB), k(A¬B), k(¬AB), k(¬A¬B). Transcribed here as dselivanov/text2vec's
     * tests/testthat/test-colloc.R quotes the paper (a few of its rows).
     */
    @ParameterizedTest(name = "{5}")
    @CsvSource({"270.72, 110, 2442, 111, 29114, the swiss", "263.90, 29, 13, 123, 31612, can be",
            "256.84, 31, 23, 139, 31584, previous year", "167.23, 10, 0, 3, 31764, mineral water",
            "157.21, 76, 104, 2476, 29121, at the", "115.02, 16, 0, 865, 30896, owing to",
            "61.61, 3, 0, 0, 31774, natel c", "48.94, 9, 12, 429, 31327, affected by",
            "43.07, 6, 875, 0, 30896, to register", "38.87, 2, 0, 1, 31774, scanner cash",
            "36.98, 3, 10, 5, 31759, current transactions"})
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
     * newswire: t for "new companies" (0.999932), chi-squared for the same pair from its 2x2 table
     * (1.55) and pointwise MI for "Ayatollah Ruhollah" (18.38). The figures are the book's as
     * recalled; the chapter's text could not be retrieved here to check them against.
     */
    @Test
    void agreesWithManningAndSchutzesWorkedExamples() {
        assertEquals(0.999932, AssociationMeasures.tScore(new ContingencyTable(8, 15_828, 4_675, 14_307_668)), 5e-7);
        ContingencyTable newCompanies = new ContingencyTable(8, 8 + 15_820, 8 + 4_667, 8 + 15_820 + 4_667 + 14_287_181);
        assertEquals(1.55, AssociationMeasures.chiSquared(newCompanies), 0.005);
        assertEquals(18.38, AssociationMeasures.mi(new ContingencyTable(20, 42, 20, 14_307_668)), 0.005);
    }
}
