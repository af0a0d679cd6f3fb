package org.corpusbench.analysis.keywords;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The keyness measures of one word, each over the same four numbers as the UCREL log-likelihood
 * calculator (Rayson, http://ucrel.lancs.ac.uk/llwizard.html): {@code a} the word's frequency in the
 * target, {@code b} its frequency in the reference, {@code c} the target's size and {@code d} the
 * reference's size, in tokens. The 2x2 table is [[a, b], [c-a, d-b]] with N = c + d, and the expected
 * frequencies E1 = c(a+b)/N, E2 = d(a+b)/N (and c(N-a-b)/N, d(N-a-b)/N for the other two cells).
 *
 * <p>Every observed-minus-expected difference of the table is ±(ad - bc)/N, so the logarithms are
 * taken as log1p((O-E)/E) of that difference rather than log(O/E): the same formulas, without the
 * rounding that log(O/E) suffers when O and E are both about 10<sup>8</sup> and nearly equal.
 * A cell with O = 0 adds 0 (the limit of O ln O), as the calculator's note says. Measures that are
 * undefined (a zero expected frequency, a zero corpus size) are NaN. Stateless and thread-safe.
 */
public final class KeynessMeasures {
    /** What Gabrielatos &amp; Marchi (2012) put in place of a zero normalised reference frequency in %DIFF. */
    static final double PERCENT_DIFF_ZERO = 1e-18;
    /** What Hardie's Log Ratio (CQPweb) puts in place of a zero frequency. */
    static final double LOG_RATIO_ZERO = 0.5;
    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);

    private KeynessMeasures() {
    }

    /**
     * Log-likelihood G2 as the UCREL log-likelihood calculator computes it, from the two cells of
     * the word only (Rayson &amp; Garside 2000, "the form ... from the Read and Cressie research"):
     * G2 = 2 (a ln(a/E1) + b ln(b/E2)). Always at least 0; 1 degree of freedom.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return the 2-term G2
     */
    public static double logLikelihood2Term(double a, double b, double c, double d) {
        double n = c + d;
        double e1 = c * (a + b) / n;
        double e2 = d * (a + b) / n;
        double delta = difference(a, b, c, d);
        return 2 * (term(a, delta, e1) + term(b, -delta, e2));
    }

    /**
     * Log-likelihood G2 over all four cells of the 2x2 table (Dunning 1993, the likelihood ratio
     * test; the form AntConc calls 4-term and SciPy's power_divergence with lambda "log-likelihood"
     * computes): G2 = 2 sum O ln(O/E). Always at least 0; 1 degree of freedom.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return the 4-term G2
     */
    public static double logLikelihood4Term(double a, double b, double c, double d) {
        double n = c + d;
        double rest = n - a - b;
        double delta = difference(a, b, c, d);
        return 2 * (term(a, delta, c * (a + b) / n) + term(b, -delta, d * (a + b) / n)
                + term(c - a, -delta, c * rest / n) + term(d - b, delta, d * rest / n));
    }

    /**
     * Pearson's chi-squared of the 2x2 table, 1 degree of freedom, without continuity correction:
     * X2 = sum (O-E)^2/E. NaN when an expected frequency is 0 (the word is every token or none).
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return X2
     */
    public static double chiSquared(double a, double b, double c, double d) {
        double delta = difference(a, b, c, d);
        return delta * delta * inverseExpectedSum(a, b, c, d);
    }

    /**
     * Pearson's chi-squared of the 2x2 table with Yates's (1934) continuity correction: every
     * |O-E| is reduced by 0.5 but not below 0, X2 = sum max(0, |O-E| - 0.5)^2/E; so a table whose
     * |O-E| is under 0.5 scores 0, as SciPy's chi2_contingency(correction=True) does (the textbook
     * N(|ad-bc| - N/2)^2/(c d (a+b) (N-a-b)) would score it above 0). NaN when an expected frequency is 0.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return X2 with Yates's correction
     */
    public static double chiSquaredYates(double a, double b, double c, double d) {
        double corrected = Math.max(0, Math.abs(difference(a, b, c, d)) - 0.5);
        return corrected * corrected * inverseExpectedSum(a, b, c, d);
    }

    /**
     * Log Ratio (Hardie 2014, "Log Ratio - an informal introduction", CASS blog): the binary log
     * of the ratio of relative frequencies, log2((a/c)/(b/d)). A zero frequency, on either side,
     * counts as 0.5, as CQPweb (Hardie's implementation, keywords.inc.php: IF(freq > 0, freq, 0.5))
     * does; so a word absent from the reference gets a large finite value, not infinity.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return Log Ratio, positive when relatively more frequent in the target
     */
    public static double logRatio(double a, double b, double c, double d) {
        double target = a == 0 ? LOG_RATIO_ZERO : a;
        double reference = b == 0 ? LOG_RATIO_ZERO : b;
        return Math.log((target / c) / (reference / d)) / Math.log(2);
    }

    /**
     * %DIFF (Gabrielatos &amp; Marchi 2012, "Keyness: appropriate metrics and practical issues";
     * Gabrielatos 2018): the percentage by which the normalised frequency in the target exceeds
     * that in the reference, (NF_t - NF_r) * 100 / NF_r with NF = frequency / size. A zero NF_r
     * is replaced by 1E-18 in the divisor, their rule, giving a very large finite value.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return %DIFF, from -100 upwards
     */
    public static double percentDiff(double a, double b, double c, double d) {
        double target = a / c;
        double reference = b / d;
        return (target - reference) * 100 / (b == 0 ? PERCENT_DIFF_ZERO : reference);
    }

    /**
     * The Bayesian information criterion approximation of the Bayes factor (Wilson 2013), as the
     * UCREL calculator computes it: BIC = G2 - df ln(N), with df = 1 and N = c + d, the tokens of
     * target and reference together, and G2 the 2-term log-likelihood ({@link #logLikelihood2Term}).
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return BIC; above 0 favours a difference (Wilson: 2 positive, 6 strong, 10 very strong evidence)
     */
    public static double bic(double a, double b, double c, double d) {
        return logLikelihood2Term(a, b, c, d) - Math.log(c + d);
    }

    /**
     * Effect size for log-likelihood (Johnston, Berry &amp; Mielke 2006), as the UCREL calculator
     * computes it: ELL = G2 / (N ln(E_min)), with G2 the 2-term log-likelihood, N = c + d and E_min
     * the smaller of E1 and E2. NaN when E_min is 1 (ln 1 = 0 below the line) or the result is not finite;
     * negative when E_min is under 1.
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return ELL
     */
    public static double ell(double a, double b, double c, double d) {
        double n = c + d;
        double smallest = Math.min(c * (a + b) / n, d * (a + b) / n);
        double value = logLikelihood2Term(a, b, c, d) / (n * Math.log(smallest));
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /**
     * Simple maths (Kilgarriff 2009, "Simple maths for keywords"; Sketch Engine's keyness score):
     * (fpm_t + k) / (fpm_r + k), with fpm the frequency per million tokens and k the smoothing
     * constant ("N" in Kilgarriff; 1 by default, larger to favour frequent words).
     *
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @param k the smoothing constant, above 0
     * @return the score, above 1 when relatively more frequent in the target
     */
    public static double simpleMaths(double a, double b, double c, double d, double k) {
        return (a * 1e6 / c + k) / (b * 1e6 / d + k);
    }

    /**
     * @param statistic a G2 or X2 with 1 degree of freedom
     * @return its p-value, the upper tail of the chi-squared distribution with 1 degree of freedom
     *         (Apache Commons Statistics); NaN for NaN
     */
    public static double pValue(double statistic) {
        return Double.isNaN(statistic) ? Double.NaN : ONE_DEGREE.survivalProbability(statistic);
    }

    /**
     * @param p a p-value above 0 and at most 1
     * @return the statistic with 1 degree of freedom at or above which p-values are at most {@code p}
     */
    public static double criticalValue(double p) {
        return ONE_DEGREE.inverseSurvivalProbability(p);
    }

    /** (ad - bc)/N, with ad - bc from exact products (fused multiply-add), since ad and bc may be near 10^17 and nearly equal. */
    static double difference(double a, double b, double c, double d) {
        double ad = a * d;
        double bc = b * c;
        double adError = Math.fma(a, d, -ad);
        double bcError = Math.fma(b, c, -bc);
        return ((ad - bc) + (adError - bcError)) / (c + d);
    }

    /** O ln(O/E) = O log1p((O-E)/E), 0 for O = 0. */
    private static double term(double observed, double observedMinusExpected, double expected) {
        return observed == 0 ? 0 : observed * Math.log1p(observedMinusExpected / expected);
    }

    /** Sum of 1/E over the four cells; NaN (not infinity) when one of them is 0, as the statistic is then undefined. */
    private static double inverseExpectedSum(double a, double b, double c, double d) {
        double n = c + d;
        double rest = n - a - b;
        if (a + b == 0 || rest == 0 || c == 0 || d == 0) {
            return Double.NaN;
        }
        return n / (c * (a + b)) + n / (d * (a + b)) + n / (c * rest) + n / (d * rest);
    }
}
