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

/**
 * The {@code normalise-width} cleaning step: {@link TextSteps#width} as a service. {@value TextSteps#FOLD_TRADITIONAL}
 * can be set per load ({@code corpus:load --clean fold.traditional=true}), so one corpus keeps traditional text and
 * another folds it.
 */
@Component(service = CleaningStep.class, configurationPid = TextSteps.WIDTH_PID)
@CleaningStep.Name(TextSteps.WIDTH)
@Designate(ocd = WidthStep.Config.class)
public final class WidthStep implements CleaningStep {
    private final CleaningStep step;

    @ObjectClassDefinition(name = "Corpus cleaning: normalise character widths",
            description = "Full-width Latin letters and digits to half-width, half-width punctuation in Chinese text to "
                    + "full-width, stray spaces between Chinese characters and digits; optionally traditional to simplified.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default TextSteps.WIDTH_ORDER;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;

        @AttributeDefinition(name = "Fold traditional characters",
                description = "Turn traditional characters into simplified ones (ICU4J Traditional-Simplified).")
        boolean fold_traditional() default TextSteps.FOLD_TRADITIONAL_DEFAULT;
    }

    /**
     * @param config taken so that its defaults become service properties
     * @param properties the configuration: whether to fold traditional characters
     */
    @Activate
    public WidthStep(Config config, Map<String, Object> properties) {
        this.step = TextSteps.width(properties);
    }

    @Override
    public Map<String, String> settings() {
        return step.settings();
    }

    /** The same step when nothing changes, so the configured service is what a load without settings runs. */
    @Override
    public CleaningStep with(Map<String, String> changed) {
        CleaningStep changedStep = step.with(changed);
        return changedStep == step ? this : changedStep;
    }

    @Override
    public CleanedText clean(String text) {
        return step.clean(text);
    }
}
