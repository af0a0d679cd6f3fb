package org.corpusbench.api.analysis;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where a result came from, so a published figure can be reproduced.
 *
 * @param corpus the corpus name
 * @param analysis the analysis name
 * @param parameters every parameter value as text, defaults included
 * @param segmenter the segmenter that made the corpus's tokens
 * @param bundles symbolic name to version of the bundles that produced the result
 * @param time when the run started
 */
public record Provenance(String corpus, String analysis, Map<String, String> parameters, String segmenter,
        Map<String, String> bundles, Instant time) {
    /** Copies the maps. */
    public Provenance {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(analysis, "analysis");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(segmenter, "segmenter");
        bundles = Map.copyOf(bundles);
        Objects.requireNonNull(time, "time");
    }
}
