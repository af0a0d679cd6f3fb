package org.corpusbench.analysis.frequency;

/**
 * One type's dispersion, folded from its occurrences and parts in sequence order: the sums
 * {@link DispersionMeter} defines (ARF's distances, DP's exact sum, Welford's running mean and
 * squared deviations of p<sub>i</sub>). The frequency list folds a type's postings with it; a program
 * that gathers the occurrences elsewhere (the Spark job groups them by type) folds them in the same
 * order and gets the same doubles. Not thread-safe: one fold per type.
 */
public final class DispersionFold {
    private final CountedSequence sequence;
    private final int frequency;
    private long shortDistances;
    private long longDistances;
    private long first = -1;
    private long previous = -1;
    private int range;
    private double mean;
    private double squares;
    private long deviations;

    /**
     * @param sequence the counted sequence
     * @param frequency f, the type's occurrences in it, at least 1
     */
    public DispersionFold(CountedSequence sequence, int frequency) {
        if (frequency < 1) {
            throw new IllegalArgumentException("A type is measured with at least one occurrence, not " + frequency);
        }
        this.sequence = sequence;
        this.frequency = frequency;
    }

    /**
     * Adds an occurrence.
     *
     * @param index its index in the counted sequence, greater than the previous one's
     */
    public void occurrence(long index) {
        if (first < 0) {
            first = index;
            previous = index; // its distance to itself, 0, adds nothing
        }
        // As isShort, without a branch: short and long distances come mixed, so a branch would often miss.
        long distance = index - previous;
        long isShort = distance * frequency <= sequence.tokens() ? 1 : 0;
        shortDistances += distance & -isShort;
        longDistances += 1 - isShort;
        previous = index;
    }

    /**
     * Ends a part holding the type, after its occurrences; parts come in sequence order.
     *
     * @param inPart the type's occurrences in the part, at least 1
     * @param partSize the part's counted tokens
     */
    public void endPart(int inPart, int partSize) {
        deviations += sequence.deviation(inPart, partSize, frequency);
        double relative = inPart / (double) partSize;
        range++;
        double delta = relative - mean;
        mean += delta / range;
        squares += delta * (relative - mean);
    }

    /** @return the dispersion of the occurrences and parts added, the distance round the end included */
    public Dispersion dispersion() {
        long around = sequence.tokens() - previous + first;
        boolean aroundIsShort = sequence.isShort(around, frequency);
        return sequence.dispersion(range, mean, squares, deviations, frequency,
                shortDistances + (aroundIsShort ? around : 0), longDistances + (aroundIsShort ? 0 : 1));
    }
}
