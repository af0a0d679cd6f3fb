package org.corpusbench.analysis.frequency;

/**
 * The sequence a frequency list measures dispersion over: N counted tokens cut into n parts (the
 * selected documents with a counted token), the smallest of them s<sub>min</sub> of N. It owns the
 * measures' arithmetic that {@link DispersionMeter} documents, so the frequency list and other
 * programs that gather a type's occurrences in another way (the Spark job, through
 * {@link DispersionFold}) compute the same doubles.
 *
 * @param tokens N, the counted tokens
 * @param parts n, the parts with at least one counted token
 * @param smallestShare the smallest part's share of N; 1 when there are no parts
 */
public record CountedSequence(long tokens, int parts, double smallestShare) {

    /**
     * @return a part's term of DP's exact sum, |f<sub>i</sub>·N - size<sub>i</sub>·f| - size<sub>i</sub>·f: parts
     *         without the type would each add size<sub>i</sub>·f, so subtracting it for the parts with the type
     *         lets f·N (all parts' size<sub>i</sub>·f) stand for the absent ones
     */
    long deviation(int inPart, int partSize, int frequency) {
        long expected = (long) partSize * frequency;
        return Math.abs(inPart * tokens - expected) - expected;
    }

    /**
     * @return whether a distance is at most v = N / f, so that min(d, v) = d: exactly when d * f &lt;= N,
     *         without a division
     */
    boolean isShort(long distance, int frequency) {
        return distance * frequency <= tokens;
    }

    /**
     * @param range the parts holding the type
     * @param mean Welford's mean of p<sub>i</sub> over those parts
     * @param squares Welford's sum of squared deviations of p<sub>i</sub> over those parts
     * @param deviations Σ {@link #deviation} over those parts
     * @param frequency f, the type's count in the selection
     * @param shortDistances ARF's distances up to v, summed, the distance round the end included
     * @param longDistances the number of longer ones
     * @return the measures from those sums
     */
    Dispersion dispersion(int range, double mean, double squares, long deviations, int frequency, long shortDistances,
            long longDistances) {
        double gap = tokens / (double) frequency;
        double reduced = shortDistances + longDistances * gap;
        long all = frequency * tokens; // f·N: Σ size_i·f over every part
        double dp = (all + deviations) / (2.0 * all);
        return new Dispersion(range, juillandD(range, mean, squares), dp,
                parts < 2 ? Double.NaN : dp / (1 - smallestShare), reduced / gap);
    }

    /** D from the parts holding the type (count, mean, squares) and the parts without it, whose p_i is 0. */
    private double juillandD(int range, double meanPresent, double squaresPresent) {
        if (parts < 2) {
            return Double.NaN;
        }
        double mean = meanPresent * range / parts;
        // Chan et al.'s merge of two groups' squared deviations; the absent group has mean 0 and none.
        double squares = squaresPresent + meanPresent * meanPresent * range * (double) (parts - range) / parts;
        double deviation = Math.sqrt(squares / parts);
        return 1 - deviation / mean / Math.sqrt(parts - 1);
    }
}
