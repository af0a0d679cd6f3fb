package org.corpusbench.cleaning.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.PipelineStage;

/**
 * The cleaning settings a user gives for one load, matched to the stages that take them. A key is
 * {@code <stage>.<setting>}, or a bare {@code <setting>} that exactly one stage has; {@code
 * <stage>.enabled=true|false} takes a stage in or leaves it out for the load. Values other than
 * {@code enabled} are judged by the stage itself ({@link org.corpusbench.api.CleaningStep#with}).
 *
 * @param changes the settings each stage is given, by stage name, then setting name
 * @param enabled the stages switched on or off for this load
 * @param fullKeys every setting under its full key {@code <stage>.<setting>}, sorted
 */
public record LoadSettings(Map<String, Map<String, String>> changes, Map<String, Boolean> enabled, Map<String, String> fullKeys) {

    /** Copies the maps so the record stays immutable. */
    public LoadSettings {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        changes.forEach((stage, settings) -> copy.put(stage, Collections.unmodifiableMap(new TreeMap<>(settings))));
        changes = Collections.unmodifiableMap(copy);
        enabled = Collections.unmodifiableMap(new TreeMap<>(enabled));
        fullKeys = Collections.unmodifiableMap(new TreeMap<>(fullKeys));
    }

    /**
     * @param stages every stage registered now, switched on or off
     * @param settings the user's settings, by key as given
     * @return the settings matched to their stages
     * @throws CorpusException naming a key no stage has, a bare key several stages have, or an
     *         {@code enabled} value that is neither true nor false
     */
    public static LoadSettings resolve(List<PipelineStage> stages, Map<String, String> settings) {
        Map<String, Map<String, String>> changes = new TreeMap<>();
        Map<String, Boolean> enabled = new TreeMap<>();
        Map<String, String> fullKeys = new TreeMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(settings).entrySet()) {
            String key = entry.getKey().strip();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            Map.Entry<PipelineStage, String> target = target(stages, key);
            String stage = target.getKey().name();
            String setting = target.getValue();
            String full = stage + "." + setting;
            if (fullKeys.containsKey(full) && !fullKeys.get(full).equals(value)) {
                throw new CorpusException("Cleaning setting " + full + " is given twice, as " + fullKeys.get(full) + " and " + value);
            }
            fullKeys.put(full, value);
            if (setting.equals(CleaningPipeline.ENABLED)) {
                enabled.put(stage, bool(full, value));
            } else {
                changes.computeIfAbsent(stage, s -> new LinkedHashMap<>()).put(setting, value);
            }
        }
        return new LoadSettings(changes, enabled, fullKeys);
    }

    /** @return the stage a key addresses and the setting's name in it */
    private static Map.Entry<PipelineStage, String> target(List<PipelineStage> stages, String key) {
        // a full key: the longest stage name that prefixes it (names may hold dots)
        PipelineStage named = null;
        for (PipelineStage stage : stages) {
            if (key.startsWith(stage.name() + ".") && (named == null || stage.name().length() > named.name().length())) {
                named = stage;
            }
        }
        if (named != null) {
            String setting = key.substring(named.name().length() + 1);
            if (setting.equals(CleaningPipeline.ENABLED) || named.settings().containsKey(setting)) {
                return Map.entry(named, setting);
            }
            throw new CorpusException("Unknown cleaning setting '" + key + "': stage " + named.name() + " has "
                    + describe(named) + ". " + available(stages));
        }
        List<PipelineStage> having = new ArrayList<>();
        for (PipelineStage stage : stages) {
            if (stage.settings().containsKey(key) || key.equals(CleaningPipeline.ENABLED)) {
                having.add(stage);
            }
        }
        if (having.size() == 1) {
            return Map.entry(having.get(0), key);
        }
        if (having.isEmpty()) {
            throw new CorpusException("Unknown cleaning setting '" + key + "'. " + available(stages));
        }
        throw new CorpusException("Ambiguous cleaning setting '" + key + "': stages "
                + having.stream().map(PipelineStage::name).collect(Collectors.joining(", "))
                + " all have it; write <stage>." + key + " (" + having.get(0).name() + "." + key + ")");
    }

    private static boolean bool(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new CorpusException("Cleaning setting " + key + " takes true or false, not '" + value + "'");
    }

    private static String describe(PipelineStage stage) {
        return "the settings " + String.join(", ", withEnabled(stage));
    }

    /** Names the stages that exist and their settings, for messages. */
    private static String available(List<PipelineStage> stages) {
        if (stages.isEmpty()) {
            return "No cleaning stages are registered.";
        }
        return "Stages and their settings: " + stages.stream()
                .map(stage -> stage.name() + " (" + String.join(", ", withEnabled(stage)) + ")")
                .collect(Collectors.joining("; "));
    }

    private static List<String> withEnabled(PipelineStage stage) {
        List<String> settings = new ArrayList<>(stage.settings().keySet());
        settings.add(CleaningPipeline.ENABLED);
        return settings;
    }
}
