package org.corpusbench.analysis.collocates;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one collocate's counts into its two tables, its sort key and its row: {@link Collocates} uses it,
 * and so may a program that counts the windows itself (the Spark job). Immutable.
 */
public final class Scoring {
    private final long nodeFrequency;
    private final long windowTokens;
    private final long sampleSize;
    private final CollocateOptions options;
    private final Measure sortMeasure;

    /**
     * @param nodeFrequency the hits
     * @param windowTokens the counted tokens in the hits' windows, a position once per window holding it
     * @param sampleSize N
     * @param options the expected-frequency choice and the sort key
     */
    public Scoring(long nodeFrequency, long windowTokens, long sampleSize, CollocateOptions options) {
        this.nodeFrequency = nodeFrequency;
        this.windowTokens = windowTokens;
        this.sampleSize = sampleSize;
        this.options = options;
        this.sortMeasure = CollocateOptions.OBSERVED.equals(options.sort()) ? null : Measure.ofColumn(options.sort());
    }

    /** @return the table with the node's frequency as {@code R1} */
    ContingencyTable frequencyTable(long observed, long collocateFrequency) {
        return new ContingencyTable(observed, nodeFrequency, collocateFrequency, sampleSize);
    }

    /** @return the table with the tokens in the node's windows as {@code R1} (CQPweb's) */
    ContingencyTable windowTable(long observed, long collocateFrequency) {
        return new ContingencyTable(observed, windowTokens, collocateFrequency, sampleSize);
    }

    /** @return the table the expected-frequency choice gives */
    ContingencyTable expectedTable(long observed, long collocateFrequency) {
        return options.expected() == ExpectedFrequency.SPAN ? windowTable(observed, collocateFrequency)
                : frequencyTable(observed, collocateFrequency);
    }

    /**
     * @param observed co-occurrences with the node (left plus right)
     * @param collocateFrequency the collocate's count in the sample
     * @return the key rows are sorted by, descending (see {@link Collocates#compareRows})
     */
    public double key(long observed, long collocateFrequency) {
        return sortMeasure == null ? observed
                : sortMeasure.of(expectedTable(observed, collocateFrequency), frequencyTable(observed, collocateFrequency));
    }

    /**
     * @param rank the row's number, from 1
     * @param collocate the collocate
     * @param left its co-occurrences left of the node
     * @param right its co-occurrences right of the node
     * @param collocateFrequency its count in the sample
     * @return the row, as {@link Collocates#columns()} says
     */
    public List<Object> row(long rank, String collocate, long left, long right, long collocateFrequency) {
        long observed = left + right;
        ContingencyTable byFrequency = frequencyTable(observed, collocateFrequency);
        ContingencyTable byExpected = expectedTable(observed, collocateFrequency);
        List<Object> row = new ArrayList<>(9 + Measure.values().length);
        row.add(rank);
        row.add(collocate);
        row.add(observed);
        row.add(collocateFrequency);
        row.add(nodeFrequency);
        row.add(byFrequency.e11());
        row.add(windowTable(observed, collocateFrequency).e11());
        for (Measure measure : Measure.values()) {
            row.add(measure.of(byExpected, byFrequency));
        }
        row.add(left);
        row.add(right);
        return row;
    }
}
