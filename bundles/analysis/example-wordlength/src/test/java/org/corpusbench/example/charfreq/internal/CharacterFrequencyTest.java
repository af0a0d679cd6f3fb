package org.corpusbench.example.charfreq.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class CharacterFrequencyTest {

    @Test
    void countsHanCodePointsInChineseWordsOnly() {
        // Han characters: 聊 城 聊 城 市 𠀀 = 6; "2024", "，" and "ABC" do not count
        TestCorpus corpus = TestCorpus.of("t", "聊城 ， 2024", "聊城市 𠀀 ABC");

        try (var table = new CharacterFrequency().compute(corpus, DocumentSelection.ALL, Progress.NONE)) {
            List<List<Object>> rows = table.rows().toList();

            assertEquals(List.of(1L, "城", 2L, 2e6 / 6), rows.get(0));
            assertEquals(List.of(2L, "聊", 2L, 2e6 / 6), rows.get(1));
            assertEquals(List.of("市", "𠀀"), rows.subList(2, 4).stream().map(r -> r.get(1)).toList());
            assertEquals(4, rows.size());
        }
    }
}
