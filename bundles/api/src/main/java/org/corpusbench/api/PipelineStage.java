package org.corpusbench.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * A cleaning step or document splitter as the {@link CleaningPipeline} sees it.
 *
 * @param name its name ({@link CleaningStep#NAME}, {@link DocumentSplitter#NAME})
 * @param kind whether it is a step or a splitter
 * @param order where it runs ({@link CleaningStep#ORDER}); of splitters, the highest is used
 * @param enabled whether imports run it
 * @param settings what it can be told per load, by setting name, with the configured values
 * @param configuration its other configured properties, as text, for display
 */
public record PipelineStage(String name, Kind kind, int order, boolean enabled, Map<String, String> settings,
        Map<String, String> configuration) {
    /** A step changes text; a splitter cuts a cleaned source into documents. */
    public enum Kind {
        /** A {@link CleaningStep}. */
        STEP,
        /** A {@link DocumentSplitter}. */
        SPLITTER
    }

    /** Copies the maps, sorted, so the record stays immutable. */
    public PipelineStage {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
    }
}
