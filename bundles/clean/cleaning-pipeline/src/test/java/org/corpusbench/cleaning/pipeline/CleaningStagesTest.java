package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.PipelineStage;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.junit.jupiter.api.Test;

/** The stages in order, per-load settings and the pipeline a load is prepared with. */
class CleaningStagesTest {
    private final CleaningStages stages = new CleaningStages(0, 0, Duration.ZERO);

    @Test
    void listsTheStepsInTheOrderTheyRunThenTheSplitterALoadUses() {
        stages.steps().bind(new Replace('a', 'b'), step("second", 2, 20, true));
        stages.steps().bind(new Replace('x', 'y'), step("first", 1, 10, false));
        stages.splitters().bind(halves(), splitter("low", 3, 5, true));
        stages.splitters().bind(halves(), splitter("high", 4, 9, false));

        List<PipelineStage> listed = stages.stages();

        assertEquals(List.of("first", "second", "low", "high"), listed.stream().map(PipelineStage::name).toList());
        assertEquals(PipelineStage.Kind.SPLITTER, listed.get(2).kind());
        assertFalse(listed.get(0).enabled());
        assertEquals(Map.of("replace.with", "y"), listed.get(0).settings());
        assertEquals(Map.of(), listed.get(2).settings());
    }

    @Test
    void aFullKeyAndABareKeyThatOneStageHasAreTheSameSetting() {
        stages.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));
        stages.steps().bind(new Replace('c', 'd'), step("plain", 2, 20, true));
        Map<String, String> fullKeys = Map.of("swap.replace.with", "z");

        // both steps have replace.with: the bare key is ambiguous, the full key is not
        assertEquals(fullKeys, stages.prepare(Map.of("swap.replace.with", "z"), Progress.NONE).settings());
        CorpusException ambiguous = assertThrows(CorpusException.class, () -> stages.prepare(Map.of("replace.with", "z"), Progress.NONE));
        assertTrue(ambiguous.getMessage().contains("'replace.with'") && ambiguous.getMessage().contains("swap, plain"),
                ambiguous.getMessage());

        CleaningStages single = new CleaningStages(0, 0, Duration.ZERO);
        single.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));
        assertEquals(fullKeys, single.prepare(Map.of("replace.with", "z"), Progress.NONE).settings());
        assertEquals("zbc", single.prepare(Map.of("replace.with", "z"), Progress.NONE).clean(source(), "abc").documents().get(0)
                .document().cleanedText());
    }

    @Test
    void anUnknownKeyNamesItAndTheStagesThatExist() {
        stages.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));
        stages.splitters().bind(halves(), splitter("halves", 2, 5, true));

        String bare = assertThrows(CorpusException.class, () -> stages.prepare(Map.of("fold.traditional", "true"), Progress.NONE))
                .getMessage();
        assertTrue(bare.contains("'fold.traditional'") && bare.contains("swap (replace.with, enabled)")
                && bare.contains("halves (enabled)"), bare);
        String full = assertThrows(CorpusException.class, () -> stages.prepare(Map.of("swap.fold", "true"), Progress.NONE)).getMessage();
        assertTrue(full.contains("'swap.fold'") && full.contains("stage swap has the settings replace.with, enabled"), full);
    }

    @Test
    void aRefusedValueNamesTheKeyAndTheValue() {
        stages.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));

        String refused = assertThrows(CorpusException.class, () -> stages.prepare(Map.of("replace.with", "two"), Progress.NONE))
                .getMessage();
        assertTrue(refused.contains("swap.replace.with=two") && refused.contains("one character"), refused);
        String enabled = assertThrows(CorpusException.class, () -> stages.prepare(Map.of("swap.enabled", "maybe"), Progress.NONE))
                .getMessage();
        assertTrue(enabled.contains("swap.enabled") && enabled.contains("'maybe'"), enabled);
    }

    @Test
    void enabledPerLoadTakesAStageInOrLeavesItOutForThatLoadOnly() {
        stages.steps().bind(new Replace('a', 'b'), step("on", 1, 10, true));
        stages.steps().bind(new Replace('c', 'd'), step("off", 2, 20, false));
        stages.splitters().bind(halves(), splitter("halves", 3, 5, true));

        PreparedCleaning swapped = stages.prepare(Map.of("on.enabled", "false", "off.enabled", "TRUE", "halves.enabled", "false"),
                Progress.NONE);

        assertEquals("off", swapped.provenance().get(CorpusInfo.CLEANING));
        assertEquals("", swapped.provenance().get(CorpusInfo.SPLITTER));
        assertEquals("abd", swapped.clean(source(), "abc").documents().get(0).document().cleanedText());
        PreparedCleaning configured = stages.prepare(Map.of(), Progress.NONE);
        assertEquals("on", configured.provenance().get(CorpusInfo.CLEANING));
        assertEquals(2, configured.clean(source(), "abcd").documents().size(), "the splitter runs as configured");
    }

    @Test
    void theProvenanceRecordsTheStagesTheirSettingsAndTheLoadsOptions() {
        stages.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));
        stages.splitters().bind(halves(), splitter("halves", 2, 5, true));

        Map<String, String> provenance = stages.prepare(Map.of("replace.with", "q", "halves.enabled", "true"), Progress.NONE).provenance();

        assertEquals("swap", provenance.get(CorpusInfo.CLEANING));
        assertEquals("swap(corpus.cleaning.order=10 replace.with=q)", provenance.get(CorpusInfo.CLEANING_SETTINGS));
        assertEquals("halves(corpus.cleaning.order=5)", provenance.get(CorpusInfo.SPLITTER));
        assertEquals("q", provenance.get("cleaning.option.swap.replace.with"));
        assertEquals("true", provenance.get("cleaning.option.halves.enabled"));
        assertEquals(5, provenance.size());
    }

    @Test
    void aPreparedPipelineStaysAsItWasWhileTheServicesChange() {
        Map<String, Object> swap = step("swap", 1, 10, true);
        stages.steps().bind(new Replace('a', 'b'), swap);
        PreparedCleaning prepared = stages.prepare(Map.of(), Progress.NONE);

        stages.steps().unbind(null, swap);
        stages.steps().bind(new Replace('c', 'd'), step("other", 2, 10, true));

        assertEquals("bbc", prepared.clean(source(), "abc").documents().get(0).document().cleanedText());
        assertEquals("swap", prepared.provenance().get(CorpusInfo.CLEANING));
        assertEquals("abd", stages.prepare(Map.of(), Progress.NONE).clean(source(), "abc").documents().get(0).document().cleanedText());
    }

    @Test
    void theReportSaysWhatEachStepDidAndTheMetadataHoldsOnlyWhatDescribesTheDocument() {
        stages.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));
        stages.splitters().bind(halves(), splitter("halves", 2, 5, true));

        PreparedCleaning.CleanedSource cleaned = stages.prepare(Map.of(), Progress.NONE).clean(source(), "aaxx");

        assertEquals(new CleaningReport.SourceCleaning("page", 2, 2, Map.of("swap", Map.of("replaced", 2))), cleaned.report());
        for (PreparedCleaning.CleanedDocument document : cleaned.documents()) {
            assertEquals(Map.of("found", "yes", "half", document.document().id().substring(5)), document.document().metadata());
        }
        assertEquals("aaxx", cleaned.documents().get(0).document().originalText() + cleaned.documents().get(1).document().originalText());
    }

    @Test
    void aLoadWaitsForMissingStagesThenFailsNamingThem() {
        CleaningStages needy = new CleaningStages(2, 0, Duration.ZERO);
        needy.steps().bind(new Replace('a', 'b'), step("swap", 1, 10, true));

        PipelineIncompleteException e = assertThrows(PipelineIncompleteException.class, () -> needy.prepare(Map.of(), Progress.NONE));
        assertTrue(e.getMessage().startsWith(PipelineReadiness.INCOMPLETE), e.getMessage());
        assertNull(needy.properties("absent").orElse(null));
        assertEquals("swap", needy.properties("swap").orElseThrow().get(CleaningStep.NAME));
    }

    private static Source source() {
        return new Source("page", "/in/page", Map.of());
    }

    private static Map<String, Object> step(String name, long id, int order, boolean enabled) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CleaningStep.NAME, name);
        properties.put(CleaningStep.ORDER, order);
        properties.put(CleaningStep.ENABLED, enabled);
        properties.put("service.id", id);
        properties.put("component.name", "test." + name);
        return properties;
    }

    private static Map<String, Object> splitter(String name, long id, int order, boolean enabled) {
        Map<String, Object> properties = step(name, id, order, enabled);
        properties.remove(CleaningStep.NAME);
        properties.put(DocumentSplitter.NAME, name);
        return properties;
    }

    /** Splits a text into two halves, each an article whose body is the whole half. */
    private static DocumentSplitter halves() {
        return (text, found) -> {
            int middle = text.length() / 2;
            return List.of(new Article(0, List.of(new Article.Span(0, middle)), Map.of("half", "1")),
                    new Article(middle, List.of(new Article.Span(middle, text.length())), Map.of("half", "2")));
        };
    }

    /** Replaces one character by another; the replacement is its one per-load setting. */
    private record Replace(char from, char to) implements CleaningStep {
        @Override
        public CleanedText clean(String text) {
            CleanedText.Builder out = CleanedText.builder().metadata("found", "yes");
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == from) {
                    out.count("replaced", 1);
                }
                out.append(text.charAt(i) == from ? to : text.charAt(i), i);
            }
            return out.build(text.length());
        }

        @Override
        public Map<String, String> settings() {
            return Map.of("replace.with", String.valueOf(to));
        }

        @Override
        public CleaningStep with(Map<String, String> changed) {
            String value = changed.get("replace.with");
            if (value.length() != 1) {
                throw new CorpusException("replace.with takes one character, not '" + value + "'");
            }
            return new Replace(from, value.charAt(0));
        }
    }
}
