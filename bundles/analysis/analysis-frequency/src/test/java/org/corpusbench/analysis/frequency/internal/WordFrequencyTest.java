package org.corpusbench.analysis.frequency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.TokenType;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class WordFrequencyTest {
    // 10 tokens: 8 word tokens (聊城 x3, 日报 x2, 2024, 社, LIAOCHENG) and 2 punctuation marks
    private final TestCorpus corpus = TestCorpus.of("t", "聊城 日报 ， 聊城 2024 社", "聊城 日报 。 LIAOCHENG");
    private final WordFrequency frequency = new WordFrequency();

    @Test
    void countsWordsAndNormalisesPerMillionWordTokens() {
        List<List<Object>> rows = rows(DocumentSelection.ALL, 1);

        assertEquals(List.of(1L, "聊城", 3L, 375_000.0), rows.get(0));
        assertEquals(List.of(2L, "日报", 2L, 250_000.0), rows.get(1));
        // ties ordered by code point: digits < Latin < Han
        assertEquals(List.of("2024", "LIAOCHENG", "社"), rows.subList(2, 5).stream().map(r -> r.get(1)).toList());
        assertEquals(5, rows.size(), "punctuation is not listed");
    }

    @Test
    void aSelectionCountsOnlyItsDocuments() {
        DocumentSelection second = new DocumentSelection("1", index -> index == 1);

        List<List<Object>> rows = rows(second, 1);

        assertEquals(List.of(List.of(1L, "LIAOCHENG", 1L, 1e6 / 3), List.of(2L, "日报", 1L, 1e6 / 3),
                List.of(3L, "聊城", 1L, 1e6 / 3)), rows);
    }

    @Test
    void minCountLeavesRowsOutButNotTheirTokensFromTheTotal() {
        List<List<Object>> rows = rows(DocumentSelection.ALL, 2);

        assertEquals(2, rows.size());
        assertEquals(250_000.0, rows.get(1).get(3));
    }

    @Test
    void agreesWithANaiveRecountOverTheTokenStream() {
        Map<String, Long> naive = new HashMap<>();
        long words = 0;
        for (int p = 0; p < corpus.tokenCount(); p++) {
            String type = corpus.lexicon().type(corpus.typeId(p));
            TokenType category = corpus.lexicon().category(corpus.typeId(p));
            if (category == TokenType.CHINESE_WORD || category == TokenType.NUMBER || category == TokenType.LATIN) {
                naive.merge(type, 1L, Long::sum);
                words++;
            }
        }
        for (List<Object> row : rows(new DocumentSelection("0-1", index -> true), 1)) {
            long count = naive.get((String) row.get(1));
            assertEquals(count, row.get(2));
            assertEquals(count * 1e6 / words, (double) row.get(3), 1e-9);
        }
    }

    private List<List<Object>> rows(DocumentSelection selection, long minCount) {
        try (var table = frequency.compute(corpus, selection, minCount, Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
