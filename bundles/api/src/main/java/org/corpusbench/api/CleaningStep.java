package org.corpusbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One text-to-text cleaning step. The importer applies every registered step in ascending
 * {@link #ORDER}, composing their offset maps. Implementations are thread-safe.
 */
@ConsumerType
public interface CleaningStep {
    /** Service property: the step's name, shown in provenance and reports. */
    String NAME = "corpus.cleaning.name";
    /** Service property (Integer): where the step runs; lower runs first. */
    String ORDER = "corpus.cleaning.order";

    /**
     * @param text the output of the previous step
     * @return the cleaned text with a map back to {@code text}
     */
    CleanedText clean(String text);
}
