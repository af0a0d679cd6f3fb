package org.corpusbench.importer.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.cleaning.newspaper.NewspaperStages;
import org.corpusbench.cleaning.text.TextSteps;

/**
 * The cleaning bundles' steps and splitter with their default configuration, in the order the pipeline
 * runs them, for tests: built by the bundles' public entry points, as their DS components build them.
 */
final class NewsSteps {
    private static final Map<String, Object> DEFAULTS = Map.of();

    private NewsSteps() {
    }

    static Map<String, CleaningStep> defaults() {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        steps.put(TextSteps.WHITESPACE, TextSteps.whitespace(DEFAULTS));
        steps.put(TextSteps.WIDTH, TextSteps.width(DEFAULTS));
        steps.put(NewspaperStages.FURNITURE, NewspaperStages.furniture(DEFAULTS));
        steps.put(NewspaperStages.REJOIN_LINES, NewspaperStages.rejoinLines(DEFAULTS));
        return steps;
    }

    static DocumentSplitter splitter() {
        return NewspaperStages.articles(DEFAULTS);
    }
}
