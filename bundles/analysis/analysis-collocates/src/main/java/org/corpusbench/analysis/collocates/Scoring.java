package org.corpusbench.analysis.collocates;

import java.util.ArrayList;
import java.util.List;

/** Turns one collocate's counts into its two tables, its sort key and its row. */
final class Scoring {
    private final long nodeFrequency;
    private final long sampleSize;
    private final CollocateOptions options;
    private final Measure sortMeasure;

    Scoring(long nodeFrequency, long sampleSize, CollocateOptions options) {
        this.nodeFrequency = nodeFrequency;
        this.sampleSize = sampleSize;
        this.options = options;
        this.sortMeasure = CollocateOptions.OBSERVED.equals(options.sort()) ? null : Measure.ofColumn(options.sort());
    }

    /** @return the table with the node's frequency as {@code R1} */
    ContingencyTable frequencyTable(long observed, long collocateFrequency) {
        return new ContingencyTable(observed, nodeFrequency, collocateFrequency, sampleSize);
    }

    /** @return the table with the node's windows, {@code f_node (L + R)}, as {@code R1} */
    ContingencyTable spanTable(long observed, long collocateFrequency) {
        return new ContingencyTable(observed, nodeFrequency * options.span(), collocateFrequency, sampleSize);
    }

    /** @return the table the expected-frequency choice gives */
    ContingencyTable expectedTable(long observed, long collocateFrequency) {
        return options.expected() == ExpectedFrequency.SPAN ? spanTable(observed, collocateFrequency)
                : frequencyTable(observed, collocateFrequency);
    }

    double key(long observed, long collocateFrequency) {
        return sortMeasure == null ? observed
                : sortMeasure.of(expectedTable(observed, collocateFrequency), frequencyTable(observed, collocateFrequency));
    }

    List<Object> row(long rank, String collocate, long left, long right, long collocateFrequency) {
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
        row.add(spanTable(observed, collocateFrequency).e11());
        for (Measure measure : Measure.values()) {
            row.add(measure.of(byExpected, byFrequency));
        }
        row.add(left);
        row.add(right);
        return row;
    }
}
