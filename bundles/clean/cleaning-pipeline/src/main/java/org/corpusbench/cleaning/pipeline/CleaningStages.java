package org.corpusbench.cleaning.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.PipelineStage;
import org.corpusbench.api.Progress;

/**
 * The cleaning steps and document splitters registered now, in the order they run, and the
 * pipeline of one load made from them: the steps switched on in ascending {@link CleaningStep#ORDER}
 * (then by name), and the splitter switched on with the highest order. Plain Java: the pipeline's DS
 * component feeds it the services with their properties; a program without OSGi binds the stages the
 * cleaning bundles' public entry points build, with the properties they give
 * ({@code steps().bind(TextSteps.width(configuration), TextSteps.widthProperties(configuration))}), and gets
 * the workbench's pipeline (see PlainJavaAssemblyTest). Thread-safe.
 */
public final class CleaningStages {
    private final PipelineReadiness readiness = new PipelineReadiness();
    private final PipelineReadiness.Services<CleaningStep> steps;
    private final PipelineReadiness.Services<DocumentSplitter> splitters;
    private final Duration wait;

    /**
     * @param minimumSteps how many cleaning steps (on or off) a load needs
     * @param minimumSplitters how many splitters a load needs
     * @param wait how long a load waits for missing ones
     */
    public CleaningStages(int minimumSteps, int minimumSplitters, Duration wait) {
        this.steps = readiness.require("cleaning steps", CleaningStep.NAME, minimumSteps, "steps.cardinality.minimum");
        this.splitters = readiness.require("document splitters", DocumentSplitter.NAME, minimumSplitters,
                "splitters.cardinality.minimum");
        this.wait = wait.isNegative() ? Duration.ZERO : wait;
    }

    /** @return the cleaning steps as DS binds them */
    public PipelineReadiness.Services<CleaningStep> steps() {
        return steps;
    }

    /** @return the splitters as DS binds them */
    public PipelineReadiness.Services<DocumentSplitter> splitters() {
        return splitters;
    }

    /** @return the steps in the order they run, then the splitters, the one a load uses first */
    public List<PipelineStage> stages() {
        List<PipelineStage> stages = new ArrayList<>();
        orderedSteps(steps.current()).forEach(step -> stages.add(stage(step.getKey(), step.getValue())));
        orderedSplitters(splitters.current()).forEach(splitter -> stages.add(stage(splitter.getKey(), null)));
        return stages;
    }

    /**
     * @param name a stage's name
     * @return its service properties, if such a stage is registered
     */
    public Optional<Map<String, Object>> properties(String name) {
        return java.util.stream.Stream.concat(steps.current().stream().map(Map.Entry::getKey),
                splitters.current().stream().map(Map.Entry::getKey))
                .filter(properties -> name.equals(stageName(properties))).findFirst();
    }

    /**
     * Waits until enough stages are registered, then fixes the stages and settings of one load.
     *
     * @param settings the per-load settings ({@link LoadSettings})
     * @param progress checked for cancellation while waiting
     * @return the pipeline of the load
     * @throws PipelineIncompleteException if stages are still missing after the wait
     * @throws CorpusException if a setting is unknown, ambiguous or refused
     */
    public PreparedPipeline prepare(Map<String, String> settings, Progress progress) {
        try {
            readiness.await(wait, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled while waiting for the cleaning pipeline");
        }
        List<Map.Entry<Map<String, Object>, CleaningStep>> allSteps = steps.current();
        List<Map.Entry<Map<String, Object>, DocumentSplitter>> allSplitters = splitters.current();
        return prepare(allSteps, allSplitters, settings);
    }

    /** Prepares from one snapshot of the services, so a change meanwhile cannot mix two pipelines. */
    private static PreparedPipeline prepare(List<Map.Entry<Map<String, Object>, CleaningStep>> allSteps,
            List<Map.Entry<Map<String, Object>, DocumentSplitter>> allSplitters, Map<String, String> settings) {
        List<PipelineStage> stages = new ArrayList<>();
        allSteps.forEach(step -> stages.add(stage(step.getKey(), step.getValue())));
        allSplitters.forEach(splitter -> stages.add(stage(splitter.getKey(), null)));
        LoadSettings load = LoadSettings.resolve(stages, settings);

        Map<String, CleaningStep> running = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        for (Map.Entry<Map<String, Object>, CleaningStep> step : orderedSteps(allSteps)) {
            String name = stageName(step.getKey());
            if (!load.enabled().getOrDefault(name, enabled(step.getKey()))) {
                continue;
            }
            Map<String, String> changed = load.changes().getOrDefault(name, Map.of());
            running.put(name, changed.isEmpty() ? step.getValue() : changedStep(name, step.getValue(), changed));
            described.add(name + "(" + configuration(step.getKey(), changed) + ")");
        }
        Optional<Map.Entry<Map<String, Object>, DocumentSplitter>> splitter = allSplitters.stream()
                .filter(e -> load.enabled().getOrDefault(stageName(e.getKey()), enabled(e.getKey())))
                .max(Comparator.comparingInt((Map.Entry<Map<String, Object>, DocumentSplitter> e) -> order(e.getKey()))
                        .thenComparing(e -> stageName(e.getKey()), Comparator.reverseOrder()));
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put(CorpusInfo.CLEANING, String.join(",", running.keySet()));
        provenance.put(CorpusInfo.CLEANING_SETTINGS, String.join(",", described));
        provenance.put(CorpusInfo.SPLITTER, splitter.map(e -> stageName(e.getKey()) + "(" + configuration(e.getKey(), Map.of()) + ")")
                .orElse(""));
        load.fullKeys().forEach((key, value) -> provenance.put(CorpusInfo.CLEANING_OPTION_PREFIX + key, value));
        return new PreparedPipeline(load.fullKeys(), provenance,
                new SourceCleaner(running, splitter.map(Map.Entry::getValue).orElse(null)));
    }

    private static CleaningStep changedStep(String name, CleaningStep step, Map<String, String> changed) {
        try {
            return step.with(changed);
        } catch (CorpusException e) {
            throw new CorpusException("Cleaning stage " + name + " refuses "
                    + changed.entrySet().stream().map(c -> name + "." + c.getKey() + "=" + c.getValue()).collect(Collectors.joining(", "))
                    + ": " + e.getMessage());
        }
    }

    private static PipelineStage stage(Map<String, Object> properties, CleaningStep step) {
        Map<String, String> configuration = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (!framework(key) && !key.startsWith("corpus.")) {
                configuration.put(key, text(value));
            }
        });
        return new PipelineStage(stageName(properties), step == null ? PipelineStage.Kind.SPLITTER : PipelineStage.Kind.STEP,
                order(properties), enabled(properties), step == null ? Map.of() : step.settings(), configuration);
    }

    /** The steps in the order they run, switched on or off. */
    private static List<Map.Entry<Map<String, Object>, CleaningStep>> orderedSteps(
            List<Map.Entry<Map<String, Object>, CleaningStep>> steps) {
        return steps.stream()
                .sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, CleaningStep> e) -> order(e.getKey()))
                        .thenComparing(e -> stageName(e.getKey())))
                .toList();
    }

    /** Splitters switched on first, then the highest order first: the one a load uses leads. */
    private static List<Map.Entry<Map<String, Object>, DocumentSplitter>> orderedSplitters(
            List<Map.Entry<Map<String, Object>, DocumentSplitter>> splitters) {
        return splitters.stream()
                .sorted(Comparator.comparing((Map.Entry<Map<String, Object>, DocumentSplitter> e) -> !enabled(e.getKey()))
                        .thenComparing(e -> -order(e.getKey())).thenComparing(e -> stageName(e.getKey())))
                .toList();
    }

    /**
     * The stage's configuration as provenance has recorded it since API 1.0: its service properties
     * other than the framework's, its name and its switch, with this load's settings over them.
     */
    private static String configuration(Map<String, Object> properties, Map<String, String> changed) {
        Map<String, String> shown = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (!framework(key) && !key.equals(CleaningStep.NAME) && !key.equals(DocumentSplitter.NAME)
                    && !key.equals(CleaningStep.ENABLED)) {
                shown.put(key, text(value));
            }
        });
        shown.putAll(changed);
        return shown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static boolean framework(String key) {
        return key.startsWith("service.") || key.startsWith("component.") || key.startsWith("osgi.") || key.startsWith("felix.")
                || key.equals("objectClass");
    }

    private static String text(Object value) {
        return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }

    /** A step or splitter runs unless its {@link CleaningStep#ENABLED} property says false. */
    static boolean enabled(Map<String, Object> properties) {
        return !"false".equalsIgnoreCase(String.valueOf(properties.get(CleaningStep.ENABLED)));
    }

    private static int order(Map<String, Object> properties) {
        return properties.get(CleaningStep.ORDER) instanceof Number number ? number.intValue() : 0;
    }

    /** A step's {@link CleaningStep#NAME} or a splitter's {@link DocumentSplitter#NAME}. */
    static String stageName(Map<String, Object> properties) {
        Object name = properties.get(CleaningStep.NAME);
        if (name == null) {
            name = properties.get(DocumentSplitter.NAME);
        }
        return name == null ? "unnamed" : String.valueOf(name);
    }
}
