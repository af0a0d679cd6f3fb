package org.corpusbench.example.wordlength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class WordLengthDistributionTest {
    // word tokens: 聊城 x2, 聊城市, 𠀀 (one code point, two UTF-16 units), 2024, ABC; "，" is no word
    private final TestCorpus corpus = TestCorpus.of("t", "聊城 ， 2024 聊城", "聊城市 𠀀 ABC");

    @Test
    void countsTokensAndTypesByLengthInCodePoints() {
        assertEquals(List.of(List.of(1L, 1L, 1L, 1 / 6.0), List.of(2L, 2L, 1L, 2 / 6.0), List.of(3L, 2L, 2L, 2 / 6.0),
                List.of(4L, 1L, 1L, 1 / 6.0)), rows(corpus, DocumentSelection.ALL, false));
    }

    @Test
    void chineseOnlyLeavesNumbersAndLatinOut() {
        assertEquals(List.of(List.of(1L, 1L, 1L, 1 / 4.0), List.of(2L, 2L, 1L, 2 / 4.0), List.of(3L, 1L, 1L, 1 / 4.0)),
                rows(corpus, DocumentSelection.ALL, true));
    }

    @Property(tries = 200)
    void equalsACountOfEachWordToken(@ForAll("documents") List<String> documents, @ForAll boolean chineseOnly) {
        TestCorpus random = TestCorpus.of("random", documents.toArray(String[]::new));
        Map<Long, List<String>> tokensByLength = documents.stream().flatMap(d -> List.of(d.split(" ")).stream())
                .filter(token -> chineseOnly ? Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN
                        : Character.isLetterOrDigit(token.codePointAt(0)))
                .collect(Collectors.groupingBy(token -> (long) token.codePointCount(0, token.length()), TreeMap::new,
                        Collectors.toList()));
        long words = tokensByLength.values().stream().mapToLong(List::size).sum();

        List<List<Object>> expected = tokensByLength.entrySet().stream().map(e -> List.<Object>of(e.getKey(),
                (long) e.getValue().size(), e.getValue().stream().distinct().count(), e.getValue().size() / (double) words))
                .toList();
        assertEquals(expected, rows(random, DocumentSelection.ALL, chineseOnly));
    }

    @Provide
    Arbitrary<List<String>> documents() {
        return Arbitraries.of("聊城", "聊城市", "𠀀", "市", "2024", "7", "ABC", "，", "。", "中华人民共和国")
                .list().ofMinSize(1).ofMaxSize(12).map(tokens -> String.join(" ", tokens)).list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<List<Object>> rows(TestCorpus corpus, DocumentSelection selection, boolean chineseOnly) {
        try (var table = new WordLengthDistribution().compute(corpus, selection, chineseOnly, Progress.NONE)) {
            return table.rows().toList();
        }
    }
}
