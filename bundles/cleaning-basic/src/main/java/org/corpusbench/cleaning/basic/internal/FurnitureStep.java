package org.corpusbench.cleaning.basic.internal;

import java.util.List;

import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@code remove-furniture} cleaning step. */
@Component(service = CleaningStep.class, configurationPid = "org.corpusbench.cleaning.furniture")
@CleaningStep.Name("remove-furniture")
@Designate(ocd = FurnitureStep.Config.class)
public final class FurnitureStep implements CleaningStep {
    private final FurnitureRemover remover;

    @ObjectClassDefinition(name = "Corpus cleaning: remove page furniture",
            description = "Removes mastheads, issue lines, staff lines, page pointers and the guide box, keeping the "
                    + "issue date, issue number and page as metadata.")
    @interface Config {
        @AttributeDefinition(name = "Order", description = "Where the step runs; lower runs first. Before rejoin-lines.")
        int corpus_cleaning_order() default 170;

        @AttributeDefinition(name = "Enabled", description = "Whether imports run the step.")
        boolean corpus_cleaning_enabled() default true;

        @AttributeDefinition(name = "Furniture lines",
                description = "Regular expressions that a whole furniture line matches. Named groups year, month, day "
                        + "give the issue date; issue and page give the issue number and the page.")
        String[] patterns() default {
            "详细报道见第\\d+版",
            "中共\\S{1,12}机关报",
            "国内统一连续出版物号",
            "CN\\s?\\d{2}-\\d{4}.*",
            "[A-Z][A-Z ]{5,}",
            "(值班编委|值班审核|责任编辑|责编|编辑|美编|校对|组版)[：:].*",
            "(?<year>\\d{4})年(?<month>\\d{1,2})月(?<day>\\d{1,2})日\\s?星期[一二三四五六日天](\\s\\S+)?",
            "\\S{2,10}报社出版",
            "第(?<issue>\\d+)期(\\s?今日\\d+版)?",
            "第(?<page>\\d+)版(\\s\\S{2,8})?"
        };

        @AttributeDefinition(name = "Guide heading",
                description = "The heading of a box of pointers to other pages; it and the short lines after it go.")
        String guide_heading() default "今日导读";
    }

    /**
     * @param config the furniture patterns
     * @throws IllegalArgumentException naming a pattern that does not compile
     */
    @Activate
    public FurnitureStep(Config config) {
        this.remover = new FurnitureRemover(List.of(config.patterns()), config.guide_heading());
    }

    @Override
    public CleanedText clean(String text) {
        return remover.remove(text);
    }
}
