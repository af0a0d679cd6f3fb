package org.corpusbench.cleaning.newspaper.internal;

import java.util.Map;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code rejoin-lines} cleaning step: {@link NewspaperStages#rejoinLines} as a service. */
@Component(service = CleaningStep.class, configurationPid = NewspaperStages.REJOIN_LINES_PID)
@CleaningStep.Name(NewspaperStages.REJOIN_LINES)
@Designate(ocd = RejoinLinesStep.Config.class)
public final class RejoinLinesStep implements CleaningStep {
    private final CleaningStep step;

    @ObjectClassDefinition(name = "Corpus cleaning: rejoin hard-wrapped lines",
            description = "Joins lines that PDF extraction wrapped, leaving one line per paragraph; paragraph breaks "
                    + "come from evidence (sentence ends, indentation, column width, titles, bylines).")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default NewspaperStages.REJOIN_LINES_ORDER;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;
    }

    /**
     * @param config taken so that its defaults become service properties (the order)
     * @param properties the configuration
     */
    @Activate
    public RejoinLinesStep(Config config, Map<String, Object> properties) {
        this.step = NewspaperStages.rejoinLines(properties);
    }

    @Override
    public CleanedText clean(String text) {
        return step.clean(text);
    }
}
