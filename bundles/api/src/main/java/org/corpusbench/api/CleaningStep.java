package org.corpusbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * One text-to-text cleaning step. Imports apply every registered step switched on in ascending
 * {@link #ORDER}, composing their offset maps ({@link CleaningPipeline}). Implementations are
 * thread-safe.
 */
@ConsumerType
public interface CleaningStep {
    /** Service property: the step's name, shown in provenance and reports. */
    String NAME = "corpus.cleaning.name";
    /** Service property (Integer): where the step runs; lower runs first. */
    String ORDER = "corpus.cleaning.order";
    /**
     * Service property (Boolean, true when absent): whether imports run the step. A step switched off
     * stays registered, so commands can list it and switch it on again. A {@link DocumentSplitter}
     * honours the same property.
     */
    String ENABLED = "corpus.cleaning.enabled";

    /**
     * @param text the output of the previous step
     * @return the cleaned text with a map back to {@code text}
     */
    CleanedText clean(String text);

    /**
     * @return what the step can be told for one load ({@link CleaningPipeline#prepare}), by setting
     *         name as in its configuration ({@code fold.traditional}), with the configured values;
     *         none by default
     */
    default Map<String, String> settings() {
        return Map.of();
    }

    /**
     * @param changed some of the {@link #settings()}, with the values one load wants
     * @return a step like this one with those settings, for one load; this step stays as it is
     * @throws CorpusException naming the setting and the value if the step refuses it, or a setting
     *         it does not have
     */
    default CleaningStep with(Map<String, String> changed) {
        if (!changed.isEmpty()) {
            throw new CorpusException("The cleaning step has no setting " + String.join(", ", changed.keySet()));
        }
        return this;
    }

    /** Declares the {@link #NAME} service property on a component: {@code @CleaningStep.Name("...")}. */
    @ComponentPropertyType
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Name {
        /** Prefix that turns the element name into the service property key. */
        String PREFIX_ = "corpus.cleaning.";

        /** @return the name */
        String value();
    }
}
