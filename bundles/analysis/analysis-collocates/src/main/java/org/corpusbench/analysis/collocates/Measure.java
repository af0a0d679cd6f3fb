package org.corpusbench.analysis.collocates;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The measures a collocate row shows, in column order, with the table each is computed on. The
 * measures built on the expected frequency (MI, MI3, T, z, log-likelihood, chi-squared, MI.log-f)
 * use the table the {@link ExpectedFrequency} choice gives; the ones their sources define on the
 * plain frequencies {@code f_xy, f_x, f_y} (Dice, logDice, minimum sensitivity, ΔP) always use the
 * node's frequency as {@code R1}, so logDice is Rychlý's and Sketch Engine's whatever the choice.
 * Log-likelihood and chi-squared are shown one-sided, so that sorting by them (log-likelihood is the
 * default sort) puts attracted collocates first rather than strongly repelled ones; their absolute
 * values are Dunning's and Pearson's two-sided statistics, which Sketch Engine and NLTK show.
 */
public enum Measure {
    MI("mi", true, AssociationMeasures::mi),
    MI3("mi3", true, AssociationMeasures::mi3),
    T_SCORE("t_score", true, AssociationMeasures::tScore),
    Z_SCORE("z_score", true, AssociationMeasures::zScore),
    /** Dunning's G², one-sided ({@link AssociationMeasures#oneSided}): negative for a repelled collocate. */
    LOG_LIKELIHOOD("log_likelihood", true, table -> AssociationMeasures.oneSided(table, AssociationMeasures.logLikelihood(table))),
    /** Pearson's X², one-sided ({@link AssociationMeasures#oneSided}): negative for a repelled collocate. */
    CHI_SQUARED("chi_squared", true, table -> AssociationMeasures.oneSided(table, AssociationMeasures.chiSquared(table))),
    DICE("dice", false, AssociationMeasures::dice),
    LOG_DICE("log_dice", false, AssociationMeasures::logDice),
    MIN_SENSITIVITY("min_sensitivity", false, AssociationMeasures::minimumSensitivity),
    DELTA_P_COLLOCATE_GIVEN_NODE("delta_p_collocate_given_node", false, AssociationMeasures::deltaPCollocateGivenNode),
    DELTA_P_NODE_GIVEN_COLLOCATE("delta_p_node_given_collocate", false, AssociationMeasures::deltaPNodeGivenCollocate),
    MI_LOG_F("mi_log_f", true, AssociationMeasures::miLogF);

    private final String column;
    private final boolean usesExpected;
    private final ToDoubleFunction<ContingencyTable> formula;

    Measure(String column, boolean usesExpected, ToDoubleFunction<ContingencyTable> formula) {
        this.column = column;
        this.usesExpected = usesExpected;
        this.formula = formula;
    }

    /** @return the result column's name */
    public String column() {
        return column;
    }

    /**
     * @param expectedTable the table whose {@code R1} the expected-frequency choice gives
     * @param frequencyTable the table whose {@code R1} is the node's frequency
     * @return this measure on the table it is defined on
     */
    public double of(ContingencyTable expectedTable, ContingencyTable frequencyTable) {
        return formula.applyAsDouble(usesExpected ? expectedTable : frequencyTable);
    }

    /**
     * @param column a column name
     * @return the measure of that column
     * @throws IllegalArgumentException if none has it
     */
    public static Measure ofColumn(String column) {
        return Arrays.stream(values()).filter(measure -> measure.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No measure called '" + column + "'"));
    }
}
