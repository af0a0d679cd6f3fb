package org.corpusbench.analysis.trend;

import java.util.Objects;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.StopwordList;

/**
 * What {@link Trend} computes.
 *
 * @param key the metadata key whose values group the documents ({@code date}, {@code reporters})
 * @param period how a value becomes a group
 * @param top how many of the selection's most frequent words, without a query; at least 1
 * @param countedTypes the kinds of token counted in the values' sizes and among the top words
 * @param stopwords counted words that are not among the top words
 */
public record TrendOptions(String key, Period period, int top, CountedTypes countedTypes, StopwordList stopwords) {
    /** Rejects nulls, a blank key and fewer than one word. */
    public TrendOptions {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(countedTypes, "countedTypes");
        Objects.requireNonNull(stopwords, "stopwords");
        if (key.isBlank() || top < 1) {
            throw new IllegalArgumentException("A metadata key and at least one word");
        }
    }
}
