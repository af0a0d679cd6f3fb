package org.corpusbench.analysis.collocates;

import java.util.Objects;
import java.util.stream.Stream;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;

/**
 * What a collocate list counts and shows.
 *
 * @param left counted tokens left of each hit that are in its window, 0 or more
 * @param right counted tokens right of each hit that are in its window, 0 or more
 * @param withinSentence whether windows stop at the hit's sentence (they always stop at its document)
 * @param countedTypes which tokens are collocates, fill window places and make up {@code N}
 * @param stopwords collocates left out of the list (they still fill window places and count in {@code N})
 * @param minCollocateCount least frequency of a listed collocate in the corpus or selection
 * @param minPairCount least number of co-occurrences of a listed collocate with the node
 * @param sort {@link #OBSERVED} or a {@link Measure#column()}; rows sorted by it, descending
 * @param expected which table the expectation-based measures use
 */
public record CollocateOptions(int left, int right, boolean withinSentence, CountedTypes countedTypes,
        StopwordList stopwords, long minCollocateCount, long minPairCount, String sort, ExpectedFrequency expected) {
    /** The sort key that orders by the observed co-occurrence count. */
    public static final String OBSERVED = "observed";

    /** Rejects nulls, negative windows and unknown sort keys. */
    public CollocateOptions {
        if (left < 0 || right < 0) {
            throw new IllegalArgumentException("Window sizes must not be negative: " + left + "/" + right);
        }
        Objects.requireNonNull(countedTypes, "countedTypes");
        Objects.requireNonNull(stopwords, "stopwords");
        Objects.requireNonNull(expected, "expected");
        if (!OBSERVED.equals(sort)) {
            Measure.ofColumn(sort);
        }
    }

    /** @return every sort key: {@link #OBSERVED}, then the measures' columns */
    public static String[] sortKeys() {
        return Stream.concat(Stream.of(OBSERVED), Stream.of(Measure.values()).map(Measure::column)).toArray(String[]::new);
    }
}
