package org.corpusbench.cleaning.text.internal;

import org.corpusbench.cleaning.text.WhitespaceNormaliser;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code normalise-whitespace} cleaning step. */
@Component(service = CleaningStep.class, configurationPid = "org.corpusbench.cleaning.whitespace")
@CleaningStep.Name("normalise-whitespace")
@Designate(ocd = WhitespaceStep.Config.class)
public final class WhitespaceStep implements CleaningStep {
    private final WhitespaceNormaliser normaliser = new WhitespaceNormaliser();

    @ObjectClassDefinition(name = "Corpus cleaning: normalise whitespace",
            description = "Line endings, invisible characters, runs of spaces and blank lines.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default 100;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;
    }

    /** Takes the configuration so that its defaults become service properties (the order). */
    @Activate
    public WhitespaceStep(Config config) {
    }

    @Override
    public CleanedText clean(String text) {
        return normaliser.normalise(text);
    }
}
