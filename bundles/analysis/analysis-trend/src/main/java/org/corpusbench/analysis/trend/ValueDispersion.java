package org.corpusbench.analysis.trend;

/**
 * A word's dispersion over a trend's values, the values taken as the corpus parts: range, Gries's
 * DP = 1/2 · Σ|v<sub>i</sub> − s<sub>i</sub>| with v<sub>i</sub> = the word's count in value i / its
 * count over all values and s<sub>i</sub> = value i's counted tokens / the counted tokens over all
 * values (Gries 2008), and DPnorm = DP / (1 − min s<sub>i</sub>) (Lijffijt &amp; Gries 2012). A
 * document with several values counts in each, so both sums count it once per value and the
 * shares still add up to 1.
 *
 * @param range the values holding the word
 * @param dp Gries's DP; NaN if the word occurs in no value or no value has counted tokens
 * @param dpNorm DPnorm; NaN also with fewer than two values (1 − min s<sub>i</sub> = 0)
 */
record ValueDispersion(long range, double dp, double dpNorm) {
    /**
     * @param counts the word's count per value
     * @param tokens each value's counted tokens
     * @return the word's dispersion over the values
     */
    static ValueDispersion of(long[] counts, long[] tokens) {
        long total = 0;
        long allTokens = 0;
        long range = 0;
        double smallestShare = 1;
        for (int value = 0; value < counts.length; value++) {
            total += counts[value];
            allTokens += tokens[value];
            range += counts[value] > 0 ? 1 : 0;
        }
        double sum = 0;
        for (int value = 0; value < counts.length; value++) {
            double share = (double) tokens[value] / allTokens;
            smallestShare = Math.min(smallestShare, share);
            sum += Math.abs((double) counts[value] / total - share);
        }
        double dp = total == 0 || allTokens == 0 ? Double.NaN : sum / 2;
        double dpNorm = counts.length < 2 ? Double.NaN : dp / (1 - smallestShare);
        return new ValueDispersion(range, dp, dpNorm);
    }
}
