package org.corpusbench.analysis.keywords;

/**
 * The keyness measures a keyword list shows, filters and sorts by, each named by its result column
 * and computed by {@link KeynessMeasures} over (a, b, c, d) and the simple maths constant k.
 */
public enum Measure {
    /** {@link KeynessMeasures#logLikelihood2Term}: the UCREL calculator's G2. */
    LOG_LIKELIHOOD("log_likelihood", false),
    /** {@link KeynessMeasures#logLikelihood4Term}: Dunning's G2 over the four cells. */
    LOG_LIKELIHOOD_4TERM("log_likelihood_4term", false),
    /** {@link KeynessMeasures#chiSquared}: Pearson's X2 without correction. */
    CHI_SQUARED("chi_squared", false),
    /** {@link KeynessMeasures#chiSquaredYates}: Pearson's X2 with Yates's correction. */
    CHI_SQUARED_YATES("chi_squared_yates", false),
    /** {@link KeynessMeasures#logRatio}: Hardie's Log Ratio. */
    LOG_RATIO("log_ratio", true),
    /** {@link KeynessMeasures#percentDiff}: Gabrielatos &amp; Marchi's %DIFF. */
    PERCENT_DIFF("percent_diff", true),
    /** {@link KeynessMeasures#bic}: Wilson's BIC. */
    BIC("bic", false),
    /** {@link KeynessMeasures#ell}: Johnston et al.'s ELL. */
    ELL("ell", false),
    /** {@link KeynessMeasures#simpleMaths}: Kilgarriff's simple maths. */
    SIMPLE_MATHS("simple_maths", true);

    private final String column;
    private final boolean signed;

    Measure(String column, boolean signed) {
        this.column = column;
        this.signed = signed;
    }

    /** @return the result column and parameter value that name it */
    public String column() {
        return column;
    }

    /**
     * @return whether it says the direction too (Log Ratio, %DIFF, simple maths: higher means more
     *         typical of the target), rather than only the strength of the evidence for a difference
     */
    public boolean signed() {
        return signed;
    }

    /**
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @param k the simple maths constant
     * @return the measure
     */
    public double of(double a, double b, double c, double d, double k) {
        switch (this) {
            case LOG_LIKELIHOOD:
                return KeynessMeasures.logLikelihood2Term(a, b, c, d);
            case LOG_LIKELIHOOD_4TERM:
                return KeynessMeasures.logLikelihood4Term(a, b, c, d);
            case CHI_SQUARED:
                return KeynessMeasures.chiSquared(a, b, c, d);
            case CHI_SQUARED_YATES:
                return KeynessMeasures.chiSquaredYates(a, b, c, d);
            case LOG_RATIO:
                return KeynessMeasures.logRatio(a, b, c, d);
            case PERCENT_DIFF:
                return KeynessMeasures.percentDiff(a, b, c, d);
            case BIC:
                return KeynessMeasures.bic(a, b, c, d);
            case ELL:
                return KeynessMeasures.ell(a, b, c, d);
            default:
                return KeynessMeasures.simpleMaths(a, b, c, d, k);
        }
    }

    /** @return every column name, in declaration order */
    public static String[] columns() {
        Measure[] all = values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].column;
        }
        return names;
    }

    /**
     * @param column a column name
     * @return the measure it names
     * @throws IllegalArgumentException if none (the registry has checked the choice already)
     */
    public static Measure ofColumn(String column) {
        for (Measure measure : values()) {
            if (measure.column.equals(column)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("No measure called '" + column + "'");
    }
}
