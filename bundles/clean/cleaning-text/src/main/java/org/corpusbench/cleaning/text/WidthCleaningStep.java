package org.corpusbench.cleaning.text;

import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;

/**
 * The {@code normalise-width} step: {@link WidthNormaliser} with {@value TextSteps#FOLD_TRADITIONAL} also
 * settable per load ({@code corpus:load --clean fold.traditional=true}), so one corpus keeps traditional
 * text and another folds it. Immutable.
 */
final class WidthCleaningStep implements CleaningStep {
    private final boolean foldTraditional;
    private final WidthNormaliser normaliser;

    WidthCleaningStep(boolean foldTraditional) {
        this.foldTraditional = foldTraditional;
        this.normaliser = new WidthNormaliser(foldTraditional);
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(TextSteps.FOLD_TRADITIONAL, Boolean.toString(foldTraditional));
    }

    @Override
    public CleaningStep with(Map<String, String> changed) {
        Map<String, String> unknown = new TreeMap<>(changed);
        unknown.remove(TextSteps.FOLD_TRADITIONAL);
        if (!unknown.isEmpty()) {
            throw new CorpusException(TextSteps.WIDTH + " has no setting " + String.join(", ", unknown.keySet())
                    + "; it has " + TextSteps.FOLD_TRADITIONAL);
        }
        String value = changed.get(TextSteps.FOLD_TRADITIONAL);
        if (value == null) {
            return this;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new CorpusException(TextSteps.FOLD_TRADITIONAL + " takes true or false, not '" + value + "'");
        }
        boolean fold = Boolean.parseBoolean(value);
        return fold == foldTraditional ? this : new WidthCleaningStep(fold);
    }

    @Override
    public CleanedText clean(String text) {
        return normaliser.normalise(text);
    }
}
