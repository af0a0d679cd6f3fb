package org.corpusbench.analysis.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class SelectionParserTest {
    private final TestCorpus corpus = TestCorpus.of("ref", "丙", "丁 戊", "己");
    private final TestCorpus withMetadata = TestCorpus.withMetadata("main", new LinkedHashMap<>(Map.of(
            "甲 乙", Map.of("page", "1"))));

    @Test
    void readsAllIndicesRangesAndMetadata() {
        assertEquals(List.of(true, true, true), included(SelectionParser.parse(" all ", corpus)));
        assertEquals(List.of(true, false, true), included(SelectionParser.parse("0, 2", corpus)));
        assertEquals(List.of(false, true, true), included(SelectionParser.parse("1 - 2", corpus)));
        assertEquals(List.of(true), IntStream.range(0, 1).mapToObj(SelectionParser.parse("page = 1", withMetadata)::contains).toList());
    }

    @Test
    void refusesWhatItCannotReadInsteadOfSelectingEverything() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("\0", "contains the control character U+0000");
        problems.put("0\u0000", "contains the control character U+0000");
        problems.put("", "it is empty");
        problems.put(" \u3000", "'\u3000' is not a document index");
        problems.put("   ", "it is empty");
        problems.put("0-", "'0-' is missing a document index");
        problems.put("-1", "'-1' is missing a document index");
        problems.put("5-2", "document 5 does not exist");
        problems.put("2-1", "range '2-1' runs backwards");
        problems.put("1,,2", "an item between commas is empty");
        problems.put("1,", "an item between commas is empty");
        problems.put("3", "document 3 does not exist (the corpus has 3");
        problems.put("99999999999999999999", "document 99999999999999999999 does not exist");
        problems.put("１", "'１' is not a document index");
        problems.put("١", "'١' is not a document index");
        problems.put("+1", "'+1' is not a document index");
        problems.put("1-2-3", "'1-2-3' is not an index or a range");
        problems.put("ALL", "'ALL' is not a document index");
        problems.put("key=", "a metadata match needs a key and a value");
        problems.put("=1", "a metadata match needs a key and a value");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            String message = assertThrows(CorpusException.class, () -> SelectionParser.parse(problem.getKey(), corpus),
                    problem.getKey()).getMessage();
            assertTrue(message.startsWith("Invalid selection '") || message.startsWith("The selection contains"), message);
            assertTrue(message.contains(problem.getValue()), message);
        }
    }

    @Test
    void namesTheInputInItsMessage() {
        assertEquals("Invalid selection '5-2': document 5 does not exist (the corpus has 3, numbered from 0); "
                + "use 'all', indices and ranges like '0-3,7', or 'key=value'",
                assertThrows(CorpusException.class, () -> SelectionParser.parse("5-2", corpus)).getMessage());
    }

    private List<Boolean> included(DocumentSelection selection) {
        return IntStream.range(0, corpus.documentCount()).mapToObj(selection::contains).toList();
    }
}
