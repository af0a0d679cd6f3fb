package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.PipelineStage;

/** LoadSettings against a naive reading of the rules, on random stages and random keys. */
class LoadSettingsPropertyTest {
    private static final List<String> STAGES = List.of("s0", "s1", "s2");
    private static final List<String> SETTINGS = List.of("x", "y", "x.y");

    @Property(tries = 500)
    void resolvesAsTheRulesSay(@ForAll("stages") List<PipelineStage> stages, @ForAll("keys") Map<String, String> given) {
        Map<String, String> expected = new TreeMap<>();
        String problem = null;
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String full = naive(stages, entry.getKey());
            if (full == null) {
                problem = entry.getKey();
                break;
            }
            if (full.endsWith(".enabled") && !entry.getValue().equals("true") && !entry.getValue().equals("false")) {
                problem = full;
                break;
            }
            if (expected.containsKey(full) && !expected.get(full).equals(entry.getValue())) {
                problem = full;
                break;
            }
            expected.put(full, entry.getValue());
        }
        if (problem != null) {
            String message = assertThrows(CorpusException.class, () -> LoadSettings.resolve(stages, given)).getMessage();
            assertTrue(message.contains(problem) || given.keySet().stream().anyMatch(message::contains), message);
            return;
        }
        LoadSettings resolved = LoadSettings.resolve(stages, given);
        assertEquals(expected, resolved.fullKeys());
        expected.forEach((full, value) -> {
            String stage = full.substring(0, 2);
            String setting = full.substring(3);
            if (setting.equals("enabled")) {
                assertEquals(Boolean.parseBoolean(value), resolved.enabled().get(stage));
            } else {
                assertEquals(value, resolved.changes().get(stage).get(setting));
            }
        });
    }

    /** @return the full key, or null when the key is unknown or ambiguous */
    private static String naive(List<PipelineStage> stages, String key) {
        for (PipelineStage stage : stages) {
            if (key.startsWith(stage.name() + ".")) {
                String setting = key.substring(3);
                return setting.equals("enabled") || stage.settings().containsKey(setting) ? key : null;
            }
        }
        List<String> having = new ArrayList<>();
        for (PipelineStage stage : stages) {
            if (key.equals("enabled") || stage.settings().containsKey(key)) {
                having.add(stage.name() + "." + key);
            }
        }
        return having.size() == 1 ? having.get(0) : null;
    }

    @Provide
    Arbitrary<List<PipelineStage>> stages() {
        return Arbitraries.subsetOf(STAGES).flatMap(names -> {
            List<Arbitrary<PipelineStage>> each = new ArrayList<>();
            for (String name : names.stream().sorted().toList()) {
                each.add(Arbitraries.subsetOf(SETTINGS).map(settings -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    settings.forEach(setting -> values.put(setting, "v"));
                    return new PipelineStage(name, PipelineStage.Kind.STEP, 0, true, values, Map.of());
                }));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    @Provide
    Arbitrary<Map<String, String>> keys() {
        List<String> keys = new ArrayList<>(SETTINGS);
        keys.add("enabled");
        keys.add("z");
        for (String stage : STAGES) {
            keys.add(stage + ".enabled");
            keys.add(stage + ".z");
            SETTINGS.forEach(setting -> keys.add(stage + "." + setting));
        }
        return Arbitraries.maps(Arbitraries.of(keys), Arbitraries.of("true", "false", "1", "v")).ofMaxSize(4);
    }
}
