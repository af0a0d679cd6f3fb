package org.corpusbench.analysis.keywords;

/** Which keywords a list shows, by comparing relative frequencies a/c and b/d. */
public enum Direction {
    /** Relatively more frequent in the target (a/c &gt; b/d): the usual keywords. */
    POSITIVE,
    /** Relatively less frequent in the target (a/c &lt; b/d): negative keywords. */
    NEGATIVE,
    /** Every word, equal relative frequencies too. */
    BOTH;

    /** @return the parameter value ({@code positive}) */
    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param a frequency in the target
     * @param b frequency in the reference
     * @param c target size
     * @param d reference size
     * @return whether a word with these numbers is shown; compares a·d with b·c exactly, so
     *         equal relative frequencies are never taken for a difference
     */
    public boolean admits(long a, long b, long c, long d) {
        if (this == BOTH) {
            return true;
        }
        int comparison = compareProducts(a, d, b, c);
        return this == POSITIVE ? comparison > 0 : comparison < 0;
    }

    /**
     * @param value a parameter value
     * @return the direction it names
     */
    public static Direction ofParameter(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** Compares x1·y1 with x2·y2 for non-negative longs without overflow. */
    static int compareProducts(long x1, long y1, long x2, long y2) {
        long high1 = Math.multiplyHigh(x1, y1);
        long high2 = Math.multiplyHigh(x2, y2);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(x1 * y1, x2 * y2);
    }
}
