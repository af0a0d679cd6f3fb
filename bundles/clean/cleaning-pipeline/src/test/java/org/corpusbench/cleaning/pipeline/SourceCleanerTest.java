package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.PreparedCleaning.CleanedSource;
import org.corpusbench.api.Source;
import org.junit.jupiter.api.Test;

/** A stage that would drop text is caught before anything is stored, and the source is kept. */
class SourceCleanerTest {
    private static final Source SOURCE = new Source("p.txt", "p.txt", Map.of());
    private static final String PAGE = "标题\n正文一。\n尾注";

    /** Keeps the text from {@code from} on, recording what it cut only when asked to. */
    private static CleaningStep cutting(int from, boolean recordsIt) {
        return text -> {
            int[] offsets = new int[text.codePointCount(0, text.length()) - from + 1];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = from + i;
            }
            return new CleanedText(text.substring(from), OffsetMap.of(offsets),
                    recordsIt ? Map.of("furniture", text.substring(0, from)) : Map.of(), Map.of("lines.removed", 1));
        };
    }

    private static Map<String, CleaningStep> steps(CleaningStep step) {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        steps.put("cut", step);
        return steps;
    }

    @Test
    void aStepThatRecordsWhatItCutIsApplied() {
        CleanedSource cleaned = new SourceCleaner(steps(cutting(3, true)), null).clean(SOURCE, PAGE);

        assertEquals("正文一。\n尾注", cleaned.documents().get(0).document().cleanedText());
        assertEquals(Map.of("cut", Map.of("lines.removed", 1)), cleaned.report().steps());
    }

    @Test
    void aSourceAStepWouldLoseCharactersOfIsKeptAsLoaded() {
        CleanedSource cleaned = new SourceCleaner(steps(cutting(3, false)), null).clean(SOURCE, PAGE);

        assertEquals(1, cleaned.documents().size());
        assertEquals(PAGE, cleaned.documents().get(0).document().cleanedText());
        assertEquals(PAGE, cleaned.documents().get(0).document().originalText());
        assertEquals(Map.of(SourceCleaner.CHARACTER_CHECK, Map.of("cut.lost", 2)), cleaned.report().steps());
    }

    @Test
    void aSourceTheSplitterWouldLoseCharactersOfIsKeptCleanedButWhole() {
        DocumentSplitter dropsTheEnd = (text, metadata) -> List.of(
                new Article(0, List.of(new Article.Span(3, 7)), Map.of("headline", "标题")));
        DocumentSplitter recordsTheEnd = (text, metadata) -> List.of(
                new Article(0, List.of(new Article.Span(3, 7)), Map.of("headline", "标题", "note", "尾注")));

        CleanedSource dropped = new SourceCleaner(Map.of(), dropsTheEnd).clean(SOURCE, PAGE);
        CleanedSource kept = new SourceCleaner(Map.of(), recordsTheEnd).clean(SOURCE, PAGE);

        assertEquals(PAGE, dropped.documents().get(0).document().cleanedText());
        assertEquals(0, dropped.report().articles());
        assertEquals(Map.of(SourceCleaner.CHARACTER_CHECK, Map.of("splitter.lost", 2)), dropped.report().steps());
        assertEquals("正文一。", kept.documents().get(0).document().cleanedText());
        assertEquals(1, kept.report().articles());
    }

    @Test
    void aStageThatFailsKeepsItsSourceAndSaysWhich() {
        CleaningStep throwing = text -> {
            throw new IllegalStateException("a plug-in's bug");
        };
        DocumentSplitter failingSplitter = (text, metadata) -> {
            throw new IllegalArgumentException("Offsets decrease");
        };

        CleanedSource step = new SourceCleaner(steps(throwing), null).clean(SOURCE, PAGE);
        CleanedSource split = new SourceCleaner(steps(cutting(0, true)), failingSplitter).clean(SOURCE, PAGE);

        assertEquals(PAGE, step.documents().get(0).document().cleanedText());
        assertEquals(Map.of(SourceCleaner.FAILED_STAGE, Map.of("cut", 1)), step.report().steps());
        assertEquals(PAGE, split.documents().get(0).document().cleanedText());
        assertEquals(Map.of("splitter", 1), split.report().steps().get(SourceCleaner.FAILED_STAGE));
    }
}
