package org.corpusbench.cleaning.text.internal;

import java.util.Map;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.cleaning.text.TextSteps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code normalise-whitespace} cleaning step: {@link TextSteps#whitespace} as a service. */
@Component(service = CleaningStep.class, configurationPid = TextSteps.WHITESPACE_PID)
@CleaningStep.Name(TextSteps.WHITESPACE)
@Designate(ocd = WhitespaceStep.Config.class)
public final class WhitespaceStep implements CleaningStep {
    private final CleaningStep step;

    @ObjectClassDefinition(name = "Corpus cleaning: normalise whitespace",
            description = "Line endings, invisible characters, runs of spaces and blank lines.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default TextSteps.WHITESPACE_ORDER;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;
    }

    /**
     * @param config taken so that its defaults become service properties (the order)
     * @param properties the configuration
     */
    @Activate
    public WhitespaceStep(Config config, Map<String, Object> properties) {
        this.step = TextSteps.whitespace(properties);
    }

    @Override
    public CleanedText clean(String text) {
        return step.clean(text);
    }
}
