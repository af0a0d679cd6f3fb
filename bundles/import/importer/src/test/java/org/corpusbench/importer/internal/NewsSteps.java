package org.corpusbench.importer.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.cleaning.newspaper.ArticleSplitter;
import org.corpusbench.cleaning.newspaper.FurnitureRemover;
import org.corpusbench.cleaning.newspaper.LineRejoiner;
import org.corpusbench.cleaning.text.WhitespaceNormaliser;
import org.corpusbench.cleaning.text.WidthNormaliser;

/** The cleaning bundle's steps and splitter with their default settings, as Karaf runs them, for tests. */
final class NewsSteps {
    private NewsSteps() {
    }

    static Map<String, CleaningStep> defaults() {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        steps.put("normalise-whitespace", new WhitespaceNormaliser()::normalise);
        steps.put("normalise-width", new WidthNormaliser(false)::normalise);
        steps.put("remove-furniture", new FurnitureRemover(FurnitureRemover.DEFAULTS, FurnitureRemover.GUIDE_HEADING)::remove);
        steps.put("rejoin-lines", new LineRejoiner()::rejoin);
        return steps;
    }

    static DocumentSplitter splitter() {
        return new ArticleSplitter()::split;
    }
}
