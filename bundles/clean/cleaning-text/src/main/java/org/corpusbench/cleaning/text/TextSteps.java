package org.corpusbench.cleaning.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CleaningStep;

/**
 * This bundle's cleaning steps as the workbench configures them, for programs without OSGi (a Spark
 * job): each step built from a configuration with the keys of its Config Admin configuration and the
 * defaults of its metatype, and the service properties it is registered with under that configuration
 * (its name, {@link CleaningStep#ORDER}, {@link CleaningStep#ENABLED} and its settings), which the
 * cleaning pipeline reads for the order of the steps and the corpus's provenance. The bundle's DS
 * components build their steps here and their metatype defaults are the constants below, so the
 * defaults have one owner.
 */
public final class TextSteps {
    /** The {@code normalise-whitespace} step's name, as the pipeline and per-load settings know it. */
    public static final String WHITESPACE = "normalise-whitespace";
    /** Its Config Admin configuration. */
    public static final String WHITESPACE_PID = "org.corpusbench.cleaning.whitespace";
    /** Its default {@link CleaningStep#ORDER}: first. */
    public static final int WHITESPACE_ORDER = 100;

    /** The {@code normalise-width} step's name, as the pipeline and per-load settings know it. */
    public static final String WIDTH = "normalise-width";
    /** Its Config Admin configuration. */
    public static final String WIDTH_PID = "org.corpusbench.cleaning.width";
    /** Its default {@link CleaningStep#ORDER}: after whitespace, before the newspaper steps. */
    public static final int WIDTH_ORDER = 150;
    /** Its setting, in the configuration and per load: whether traditional characters become simplified. */
    public static final String FOLD_TRADITIONAL = "fold.traditional";
    /** The setting's default. */
    public static final boolean FOLD_TRADITIONAL_DEFAULT = false;

    private TextSteps() {
    }

    /**
     * @param configuration the step's Config Admin configuration (none: its defaults); it has no setting of its own
     * @return the {@code normalise-whitespace} step
     */
    public static CleaningStep whitespace(Map<String, ?> configuration) {
        return new WhitespaceNormaliser()::normalise;
    }

    /**
     * @param configuration as for {@link #whitespace}
     * @return the service properties of the {@code normalise-whitespace} step under that configuration
     */
    public static Map<String, Object> whitespaceProperties(Map<String, ?> configuration) {
        return properties(WHITESPACE, WHITESPACE_ORDER, Map.of(), configuration);
    }

    /**
     * @param configuration the step's Config Admin configuration: {@value #FOLD_TRADITIONAL}, a boolean or
     *        "true"/"false" (default {@value #FOLD_TRADITIONAL_DEFAULT}); none: its defaults
     * @return the {@code normalise-width} step, which also takes {@value #FOLD_TRADITIONAL} per load
     */
    public static CleaningStep width(Map<String, ?> configuration) {
        Object fold = configuration.get(FOLD_TRADITIONAL);
        return new WidthCleaningStep(fold == null ? FOLD_TRADITIONAL_DEFAULT : Boolean.parseBoolean(String.valueOf(fold)));
    }

    /**
     * @param configuration as for {@link #width}
     * @return the service properties of the {@code normalise-width} step under that configuration
     */
    public static Map<String, Object> widthProperties(Map<String, ?> configuration) {
        return properties(WIDTH, WIDTH_ORDER, Map.of(FOLD_TRADITIONAL, FOLD_TRADITIONAL_DEFAULT), configuration);
    }

    /**
     * As Declarative Services makes them: the metatype's defaults (order, enabled, settings) and the
     * step's name, then the configuration's values as given over them.
     */
    private static Map<String, Object> properties(String name, int order, Map<String, Object> settings,
            Map<String, ?> configuration) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CleaningStep.ORDER, order);
        properties.put(CleaningStep.ENABLED, true);
        properties.putAll(settings);
        properties.put(CleaningStep.NAME, name);
        properties.putAll(configuration);
        return properties;
    }
}
