package org.corpusbench.analysis.frequency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class CharacterFrequencyTest {

    @Test
    void countsHanCodePointsWithTheirRange() {
        // Han characters: 聊 城 | 聊 城 市 𠀀 = 6; "2024", "，" and "ABC" hold none
        TestCorpus corpus = TestCorpus.of("t", "聊城 ， 2024", "聊城市 𠀀 ABC");

        List<List<Object>> rows = rows(corpus, DocumentSelection.ALL);

        assertEquals(List.of(1L, "城", 2L, 2e6 / 6, 2L), rows.get(0));
        assertEquals(List.of(2L, "聊", 2L, 2e6 / 6, 2L), rows.get(1));
        assertEquals(List.of(3L, "市", 1L, 1e6 / 6, 1L), rows.get(2));
        assertEquals(List.of(4L, "𠀀", 1L, 1e6 / 6, 1L), rows.get(3), "a supplementary character is one character");
        assertEquals(4, rows.size());
    }

    @Test
    void aSelectionCountsOnlyItsDocuments() {
        TestCorpus corpus = TestCorpus.of("t", "聊城 聊城", "日报");

        // a tie goes by code point: 报 U+62A5 before 日 U+65E5
        assertEquals(List.of(List.of(1L, "报", 1L, 5e5, 1L), List.of(2L, "日", 1L, 5e5, 1L)),
                rows(corpus, new DocumentSelection("1", document -> document == 1)));
    }

    @Property(tries = 200)
    void equalsANaiveCountOfEveryCharacter(@ForAll("documents") List<List<String>> documents,
            @ForAll @Size(5) List<Boolean> chosen) {
        TestCorpus corpus = TestCorpus.of("random", documents.stream().map(d -> String.join(" ", d)).toArray(String[]::new));
        DocumentSelection selection = new DocumentSelection("random", chosen::get);
        Map<Integer, long[]> countAndRange = new TreeMap<>();
        long total = 0;
        for (int d = 0; d < documents.size(); d++) {
            if (!selection.contains(d)) {
                continue;
            }
            String text = String.join("", documents.get(d));
            int[] han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).toArray();
            total += han.length;
            Arrays.stream(han).forEach(cp -> countAndRange.computeIfAbsent(cp, k -> new long[2])[0]++);
            Arrays.stream(han).distinct().forEach(cp -> countAndRange.get(cp)[1]++);
        }
        List<List<Object>> expected = new ArrayList<>();
        for (Map.Entry<Integer, long[]> entry : countAndRange.entrySet()) {
            long count = entry.getValue()[0];
            expected.add(new ArrayList<>(List.of(0L, Character.toString(entry.getKey()), count, count * 1e6 / total,
                    entry.getValue()[1])));
        }
        expected.sort(Comparator.comparing((List<Object> row) -> -(long) row.get(2))
                .thenComparing(row -> ((String) row.get(1)).codePointAt(0)));
        for (int i = 0; i < expected.size(); i++) {
            expected.get(i).set(0, i + 1L);
        }

        assertEquals(expected, rows(corpus, selection));
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return Arbitraries.of("聊城", "城市", "市", "𠀀", "豈𠀀", "2024", "ABC", "，", "日报", "报")
                .list().ofMinSize(1).ofMaxSize(10).list().ofMinSize(1).ofMaxSize(5);
    }

    private static List<List<Object>> rows(CorpusView corpus, DocumentSelection selection) {
        try (var table = new CharacterFrequency().compute(corpus, selection, Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
