package org.corpusbench.cleaning.newspaper.internal;

import java.util.Map;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.cleaning.newspaper.FurnitureRemover;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code remove-furniture} cleaning step: {@link NewspaperStages#furniture} as a service. */
@Component(service = CleaningStep.class, configurationPid = NewspaperStages.FURNITURE_PID)
@CleaningStep.Name(NewspaperStages.FURNITURE)
@Designate(ocd = FurnitureStep.Config.class)
public final class FurnitureStep implements CleaningStep {
    private final CleaningStep step;

    @ObjectClassDefinition(name = "Corpus cleaning: remove page furniture",
            description = "Removes mastheads, issue lines, staff lines, page pointers and the guide box, keeping the "
                    + "issue date, issue number and page as metadata.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first. Before rejoin-lines.")
        int corpus_cleaning_order() default NewspaperStages.FURNITURE_ORDER;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;

        @AttributeDefinition(name = "Furniture lines",
                description = "Regular expressions that a whole furniture line matches. Named groups year, month, day "
                        + "give the issue date; issue and page give the issue number and the page.")
        String[] patterns() default {FurnitureRemover.POINTER, FurnitureRemover.ORGAN, FurnitureRemover.SERIAL_LABEL,
            FurnitureRemover.SERIAL_NUMBER, FurnitureRemover.PINYIN_TITLE, FurnitureRemover.STAFF,
            FurnitureRemover.ISSUE_DATE_LINE, FurnitureRemover.PUBLISHER, FurnitureRemover.ISSUE_LINE, FurnitureRemover.PAGE_LINE,
            FurnitureRemover.ROC_DATE_LINE};

        @AttributeDefinition(name = "Guide heading",
                description = "The heading of a box of pointers to other pages; it and the short lines after it go.")
        String guide_heading() default FurnitureRemover.GUIDE_HEADING;
    }

    /**
     * @param config taken so that its defaults become service properties
     * @param properties the configuration: the furniture patterns and the guide heading
     * @throws IllegalArgumentException naming a pattern that does not compile
     */
    @Activate
    public FurnitureStep(Config config, Map<String, Object> properties) {
        this.step = NewspaperStages.furniture(properties);
    }

    @Override
    public CleanedText clean(String text) {
        return step.clean(text);
    }
}
