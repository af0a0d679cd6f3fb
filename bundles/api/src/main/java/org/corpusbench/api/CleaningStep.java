package org.corpusbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

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
