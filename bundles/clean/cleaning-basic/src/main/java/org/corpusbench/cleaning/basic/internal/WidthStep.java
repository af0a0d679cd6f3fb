package org.corpusbench.cleaning.basic.internal;

import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code normalise-width} cleaning step. */
@Component(service = CleaningStep.class, configurationPid = "org.corpusbench.cleaning.width")
@CleaningStep.Name("normalise-width")
@Designate(ocd = WidthStep.Config.class)
public final class WidthStep implements CleaningStep {
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
        this.normaliser = new WidthNormaliser(config.fold_traditional());
    }

    @Override
    public CleanedText clean(String text) {
        return normaliser.normalise(text);
    }
}
