package org.corpusbench.cleaning.newspaper;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;

/**
 * This bundle's cleaning steps and splitter as the workbench configures them, for programs without OSGi
 * (a Spark job): each built from a configuration with the keys of its Config Admin configuration and the
 * defaults of its metatype, and the service properties it is registered with under that configuration
 * (its name, {@link CleaningStep#ORDER}, {@link CleaningStep#ENABLED} and its settings), which the
 * cleaning pipeline reads for the order of the stages, the splitter it uses and the corpus's provenance.
 * The bundle's DS components build their stages here and their metatype defaults are the constants
 * below, so the defaults have one owner.
 */
public final class NewspaperStages {
    /** The {@code remove-furniture} step's name, as the pipeline and per-load settings know it. */
    public static final String FURNITURE = "remove-furniture";
    /** Its Config Admin configuration. */
    public static final String FURNITURE_PID = "org.corpusbench.cleaning.furniture";
    /** Its default {@link CleaningStep#ORDER}: after the widths, before rejoin-lines. */
    public static final int FURNITURE_ORDER = 170;
    /** Its setting: regular expressions that a whole furniture line matches (default {@link FurnitureRemover#DEFAULTS}). */
    public static final String PATTERNS = "patterns";
    /** Its setting: the heading of a box of pointers to other pages (default {@link FurnitureRemover#GUIDE_HEADING}). */
    public static final String GUIDE_HEADING = "guide.heading";

    /** The {@code rejoin-lines} step's name, as the pipeline and per-load settings know it. */
    public static final String REJOIN_LINES = "rejoin-lines";
    /** Its Config Admin configuration. */
    public static final String REJOIN_LINES_PID = "org.corpusbench.cleaning.rejoin";
    /** Its default {@link CleaningStep#ORDER}: the last step. */
    public static final int REJOIN_LINES_ORDER = 200;

    /** The {@code newspaper-articles} splitter's name ({@link DocumentSplitter#NAME}). */
    public static final String ARTICLES = "newspaper-articles";
    /** Its Config Admin configuration. */
    public static final String ARTICLES_PID = "org.corpusbench.cleaning.articles";
    /** Its default {@link CleaningStep#ORDER}: of several splitters switched on, a load uses the highest. */
    public static final int ARTICLES_ORDER = 1000;

    private NewspaperStages() {
    }

    /**
     * @param configuration the step's Config Admin configuration: {@value #PATTERNS} (a String array, a
     *        collection or one String) and {@value #GUIDE_HEADING}; none: their defaults
     * @return the {@code remove-furniture} step
     * @throws IllegalArgumentException naming a pattern that does not compile
     */
    public static CleaningStep furniture(Map<String, ?> configuration) {
        Object heading = configuration.get(GUIDE_HEADING);
        return new FurnitureRemover(patterns(configuration.get(PATTERNS)),
                heading == null ? FurnitureRemover.GUIDE_HEADING : String.valueOf(heading))::remove;
    }

    /**
     * @param configuration as for {@link #furniture}
     * @return the service properties of the {@code remove-furniture} step under that configuration
     */
    public static Map<String, Object> furnitureProperties(Map<String, ?> configuration) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(PATTERNS, FurnitureRemover.DEFAULTS.toArray(String[]::new));
        settings.put(GUIDE_HEADING, FurnitureRemover.GUIDE_HEADING);
        return properties(CleaningStep.NAME, FURNITURE, FURNITURE_ORDER, settings, configuration);
    }

    /**
     * @param configuration the step's Config Admin configuration (none: its defaults); it has no setting of its own
     * @return the {@code rejoin-lines} step
     */
    public static CleaningStep rejoinLines(Map<String, ?> configuration) {
        return new LineRejoiner()::rejoin;
    }

    /**
     * @param configuration as for {@link #rejoinLines}
     * @return the service properties of the {@code rejoin-lines} step under that configuration
     */
    public static Map<String, Object> rejoinLinesProperties(Map<String, ?> configuration) {
        return properties(CleaningStep.NAME, REJOIN_LINES, REJOIN_LINES_ORDER, Map.of(), configuration);
    }

    /**
     * @param configuration the splitter's Config Admin configuration (none: its defaults); it has no setting of its own
     * @return the {@code newspaper-articles} splitter
     */
    public static DocumentSplitter articles(Map<String, ?> configuration) {
        return new ArticleSplitter()::split;
    }

    /**
     * @param configuration as for {@link #articles}
     * @return the service properties of the {@code newspaper-articles} splitter under that configuration
     */
    public static Map<String, Object> articlesProperties(Map<String, ?> configuration) {
        return properties(DocumentSplitter.NAME, ARTICLES, ARTICLES_ORDER, Map.of(), configuration);
    }

    /** As Declarative Services reads a String[] property: an array, a collection or a single value. */
    private static List<String> patterns(Object value) {
        if (value == null) {
            return FurnitureRemover.DEFAULTS;
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /**
     * As Declarative Services makes them: the metatype's defaults (order, enabled, settings) and the
     * stage's name, then the configuration's values as given over them.
     */
    private static Map<String, Object> properties(String nameKey, String name, int order, Map<String, Object> settings,
            Map<String, ?> configuration) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CleaningStep.ORDER, order);
        properties.put(CleaningStep.ENABLED, true);
        properties.putAll(settings);
        properties.put(nameKey, name);
        properties.putAll(configuration);
        return properties;
    }
}
