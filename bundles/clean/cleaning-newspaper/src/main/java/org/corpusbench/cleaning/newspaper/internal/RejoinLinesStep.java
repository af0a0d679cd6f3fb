package org.corpusbench.cleaning.newspaper.internal;

import org.corpusbench.cleaning.newspaper.LineRejoiner;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code rejoin-lines} cleaning step. */
@Component(service = CleaningStep.class, configurationPid = "org.corpusbench.cleaning.rejoin")
@CleaningStep.Name("rejoin-lines")
@Designate(ocd = RejoinLinesStep.Config.class)
public final class RejoinLinesStep implements CleaningStep {
    private final LineRejoiner rejoiner = new LineRejoiner();

    @ObjectClassDefinition(name = "Corpus cleaning: rejoin hard-wrapped lines",
            description = "Joins lines that PDF extraction wrapped, leaving one line per paragraph; paragraph breaks "
                    + "come from evidence (sentence ends, indentation, column width, titles, bylines).")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first.")
        int corpus_cleaning_order() default 200;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;
    }

    /** Takes the configuration so that its defaults become service properties (the order). */
    @Activate
    public RejoinLinesStep(Config config) {
    }

    @Override
    public CleanedText clean(String text) {
        return rejoiner.rejoin(text);
    }
}
