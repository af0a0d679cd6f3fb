package org.corpusbench.analysis.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpusbench.analysis.profile.TextProfiler.Level;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class TextProfilerTest {
    // doc0: 10 tokens, 8 words (聊城 x3, 日报 x2, 2024, 社, 说), 2 sentences; doc1: LIAOCHENG 。
    private final TestCorpus corpus = TestCorpus.of("t", "聊城 日报 ， 聊城 2024 社 。 聊城 日报 说", "LIAOCHENG 。");
    private final TextProfiler profiler = new TextProfiler();

    @Test
    void profilesEachDocumentAndTheSelectionFirst() {
        List<TextProfile> rows = profiler.profile(corpus, DocumentSelection.ALL, Level.BOTH, 3, Progress.NONE);

        // words in order: 聊城 日报 聊城 | 2024 社 聊城 | 日报 说 || LIAOCHENG: chunks of 3 hold 2 and 3 types; the
        // incomplete 日报 说 is left out and never joins LIAOCHENG, since chunks do not span documents
        assertEquals(new TextProfile("all", 12, 9, 6, 6.0 / 9, 5.0 / 6, 4, 1, 25.0 / 9, 3, 3.0), rows.get(0));
        assertEquals(new TextProfile("doc0", 10, 8, 5, 5.0 / 8, 5.0 / 6, 3, 1, 16.0 / 8, 2, 4.0), rows.get(1));
        assertEquals(new TextProfile("doc1", 2, 1, 1, 1.0, Double.NaN, 1, 0, 9.0, 1, 1.0), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void levelsChooseTheRows() {
        assertEquals(List.of("all"), names(profiler.profile(corpus, DocumentSelection.ALL, Level.CORPUS, 3, Progress.NONE)));
        assertEquals(List.of("doc0", "doc1"),
                names(profiler.profile(corpus, DocumentSelection.ALL, Level.DOCUMENTS, 3, Progress.NONE)));
    }

    @Test
    void textsShorterThanAChunkHaveNoSttr() {
        List<TextProfile> rows = profiler.profile(corpus, DocumentSelection.ALL, Level.BOTH, 1000, Progress.NONE);

        rows.forEach(row -> assertEquals(Double.NaN, row.sttr(), row.document()));
    }

    @Test
    void aSelectionProfilesOnlyItsDocuments() {
        List<TextProfile> rows = profiler.profile(corpus, new DocumentSelection("1", doc -> doc == 1), Level.BOTH, 1,
                Progress.NONE);

        TextProfile liaocheng = new TextProfile("doc1", 2, 1, 1, 1.0, 1.0, 1, 0, 9.0, 1, 1.0);
        assertEquals(List.of(new TextProfile("all", 2, 1, 1, 1.0, 1.0, 1, 0, 9.0, 1, 1.0), liaocheng), rows);
    }

    @Test
    void aDocumentOfPunctuationHasNoRatios() {
        TestCorpus punctuation = TestCorpus.of("p", "。 ！");

        TextProfile row = profiler.profile(punctuation, DocumentSelection.ALL, Level.DOCUMENTS, 1, Progress.NONE).get(0);

        assertEquals(new TextProfile("doc0", 2, 0, 0, Double.NaN, Double.NaN, 0, 0, Double.NaN, 2, 0.0), row);
    }

    private static List<String> names(List<TextProfile> rows) {
        return rows.stream().map(TextProfile::document).toList();
    }
}
