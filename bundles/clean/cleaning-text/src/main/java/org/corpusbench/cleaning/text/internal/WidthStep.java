package org.corpusbench.cleaning.text.internal;

import org.corpusbench.cleaning.text.WidthNormaliser;
import java.util.Map;
import java.util.TreeMap;

import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code normalise-width} cleaning step. {@value #FOLD_TRADITIONAL} can be set per load
 * ({@code corpus:load --clean fold.traditional=true}), so one corpus keeps traditional text and another folds it.
 */
@Component(service = CleaningStep.class, configurationPid = "org.corpusbench.cleaning.width")
@CleaningStep.Name("normalise-width")
@Designate(ocd = WidthStep.Config.class)
public final class WidthStep implements CleaningStep {
    /** The per-load setting, as in the configuration: whether traditional characters become simplified. */
    static final String FOLD_TRADITIONAL = "fold.traditional";

    private final boolean foldTraditional;
    private final WidthNormaliser normaliser;

    @ObjectClassDefinition(name = "Corpus cleaning: normalise character widths",
            description = "Full-width Latin letters and digits to half-width, half-width punctuation in Chinese text to "
                    + "full-width, stray spaces between Chinese characters and digits; optionally traditional to simplified.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default 150;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;

        @AttributeDefinition(name = "Fold traditional characters",
                description = "Turn traditional characters into simplified ones (ICU4J Traditional-Simplified).")
        boolean fold_traditional() default false;
    }

    /** @param config whether to fold traditional characters */
    @Activate
    public WidthStep(Config config) {
        this(config.fold_traditional());
    }

    private WidthStep(boolean foldTraditional) {
        this.foldTraditional = foldTraditional;
        this.normaliser = new WidthNormaliser(foldTraditional);
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(FOLD_TRADITIONAL, Boolean.toString(foldTraditional));
    }

    @Override
    public CleaningStep with(Map<String, String> changed) {
        Map<String, String> unknown = new TreeMap<>(changed);
        unknown.remove(FOLD_TRADITIONAL);
        if (!unknown.isEmpty()) {
            throw new CorpusException("normalise-width has no setting " + String.join(", ", unknown.keySet())
                    + "; it has " + FOLD_TRADITIONAL);
        }
        String value = changed.get(FOLD_TRADITIONAL);
        if (value == null) {
            return this;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new CorpusException(FOLD_TRADITIONAL + " takes true or false, not '" + value + "'");
        }
        boolean fold = Boolean.parseBoolean(value);
        return fold == foldTraditional ? this : new WidthStep(fold);
    }

    @Override
    public CleanedText clean(String text) {
        return normaliser.normalise(text);
    }
}
