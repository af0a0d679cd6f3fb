package org.corpusbench.cleaning.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Source;

/**
 * The stages of one load, fixed when it was prepared.
 *
 * @param settings the per-load settings under their full keys
 * @param provenance what the corpus records of its cleaning
 * @param cleaner the steps and splitter that run
 */
public record PreparedPipeline(Map<String, String> settings, Map<String, String> provenance, SourceCleaner cleaner)
        implements PreparedCleaning {
    /** Copies the maps so the record stays immutable. */
    public PreparedPipeline {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    @Override
    public CleanedSource clean(Source source, String text) {
        return cleaner.clean(source, text);
    }
}
