package org.corpusbench.testing;

import java.util.Arrays;

/** Median and range of a benchmark's figures, as the benchmarks print them. */
public final class Spread {
    private Spread() {
    }

    /** @return the median, the mean of the middle two for an even count; NaN for none */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @return the smallest value; NaN for none */
    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** @return the largest value; NaN for none */
    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
