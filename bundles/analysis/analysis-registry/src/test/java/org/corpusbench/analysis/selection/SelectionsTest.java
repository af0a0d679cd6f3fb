package org.corpusbench.analysis.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Subcorpus;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class SelectionsTest {
    private final MetadataOnlyCorpus news = new MetadataOnlyCorpus(TestCorpus.withMetadata("news", documents()));
    private final SavedSubcorpora repository = new SavedSubcorpora().with(news);
    private final Selections selections = new Selections(repository);

    private static Map<String, Map<String, String>> documents() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        documents.put("甲 乙", Map.of("date", "2023-03-01", "page", "1", "reporters", "赵宗锋、李明", "title", "两会 召开"));
        documents.put("丙", Map.of("date", "2023-03-31", "page", "01", "reporters", "王芳"));
        documents.put("丁 戊 己", Map.of("date", "--03-05", "page", "2"));
        documents.put("庚", Map.of("date", "2023-04-01", "page", "10", "reporters", "赵宗锋", "a&b", "x=y"));
        documents.put("辛 壬", Map.of("id", "x", "note", "say \"hi\" C:\\x"));
        return documents;
    }

    @Test
    void comparesDatesAsDatesAndLeavesPartialDatesOut() {
        assertEquals(List.of(0, 1), selected("date>=2023-03-01 & date<2023-04-01"));
        assertEquals(List.of(0), selected("date<2023-03-05"));
        assertEquals(List.of(3), selected("date > 2023-03-31"));
        assertEquals(List.of(2), selected("date=--03-05"));
    }

    @Test
    void comparesNumbersAsNumbersAndEqualNumbersAsEqual() {
        assertEquals(List.of(0, 1), selected("page=1"));
        assertEquals(List.of(0, 1), selected("page=1.0"));
        assertEquals(List.of(3), selected("page>2"));
        assertEquals(List.of(0, 1, 2), selected("page<10"));
        assertEquals(List.of(2, 3), selected("page>=2"));
        assertEquals(List.of(0, 1, 2), selected("page<=+2"));
    }

    @Test
    void documentsLackingTheKeyMatchOnlyNotEqual() {
        assertEquals(List.of(2, 3, 4), selected("page!=1"));
        assertEquals(List.of(0, 2, 4), selected("reporters!=王芳 & page!=10"));
        assertEquals(List.of(), selected("missing=1"));
        assertEquals(List.of(0, 1, 2, 3, 4), selected("missing!=1"));
    }

    @Test
    void containsIdAndSourceAndQuotedValues() {
        assertEquals(List.of(0, 3), selected("reporters~赵宗锋"));
        assertEquals(List.of(0, 1, 3), selected("reporters~\"\""));
        assertEquals(List.of(2), selected("id=doc2"));
        assertEquals(List.of(), selected("id=x"), "id is the document id, not a metadata entry called id");
        assertEquals(List.of(4), selected("source = doc4"));
        assertEquals(List.of(0), selected("title=\"两会 召开\""));
        assertEquals(List.of(3), selected("\"a&b\"=\"x=y\""));
        assertEquals(List.of(4), selected("note=\"say \\\"hi\\\" C:\\\\x\""));
        assertEquals(List.of(4), selected("note~C:\\x"), "a bare backslash is itself");
    }

    @Test
    void combinesIndicesAllAndComparisons() {
        assertEquals(List.of(0, 1), selected("0-2 & page=1"));
        assertEquals(List.of(0), selected("all & reporters~李"));
        assertEquals(List.of(1, 3), selected("1,3-4 & date>2023-03-01"));
        assertSame(DocumentSelection.ALL, selections.select(news, " all "));
    }

    @Test
    void readsOnlyTheMetadataOfDocumentsStillInAndEachOnce() {
        selections.select(news, "0 & page=1");
        assertEquals(1, news.metadataReads());
        selections.select(news, "page=1 & reporters~赵 & date>2000-01-01");
        assertEquals(1 + 5, news.metadataReads());
        selections.select(news, "id=doc1 & source=doc1 & 2-4");
        assertEquals(6, news.metadataReads());
    }

    @Test
    void refusesWhatItCannotReadNamingTheExpression() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("title<abc", "key 'title' is compared with '<', which needs a number or a date yyyy-MM-dd, not 'abc'");
        problems.put("date<--03-05", "key 'date' is compared with '<', which needs a number or a date yyyy-MM-dd, not '--03-05'");
        problems.put("date>=2023-02-30", "'2023-02-30' in 'date>=2023-02-30' is not a real day");
        problems.put("page>1e3", "not '1e3'");
        problems.put("title=两会 召开", "the value '两会 召开' holds a space; put it in double quotes");
        problems.put("my key=1", "the key 'my key' holds a space");
        problems.put("a=b=c", "the value 'b=c' holds '='");
        problems.put("a==1", "the value '=1' holds '='");
        problems.put("a=x\"y\"", "the value 'x\"y\"' holds '\"'");
        problems.put("title=\"abc", "a double quote is not closed");
        problems.put("title=\"a\"b", "the value \"a\"b goes on after its closing quote");
        problems.put("title=\"a\\x\"", "has a backslash that is not \\\" or \\\\");
        problems.put("page=1 &", "an item between '&' is empty");
        problems.put("& page=1", "an item between '&' is empty");
        problems.put("page=1 && page=2", "an item between '&' is empty");
        problems.put("page!1", "'!' in 'page!1' must be followed by '=' (!=)");
        problems.put("page=", "a metadata match needs a key and a value, as in 'page=1', not 'page='");
        problems.put("=1", "a metadata match needs a key and a value");
        problems.put("~x", "a metadata match needs a key and a value");
        problems.put("@", "'@' is not a subcorpus name: use letters, digits, '.', '_' and '-'");
        problems.put("@a b", "'@a b' is not a subcorpus name");
        problems.put("\"page\"", "'\"page\"' has no operator");
        problems.put("", "it is empty");
        problems.put("   ", "it is empty");
        problems.put(" \u3000", "'\u3000' is not a document index");
        problems.put("0-", "'0-' is missing a document index");
        problems.put("-1", "'-1' is missing a document index");
        problems.put("5-2", "document 5 does not exist");
        problems.put("2-1", "range '2-1' runs backwards");
        problems.put("1,,2", "an item between commas is empty");
        problems.put("1,", "an item between commas is empty");
        problems.put("5", "document 5 does not exist (the corpus has 5, numbered from 0)");
        problems.put("99999999999999999999", "document 99999999999999999999 does not exist");
        problems.put("１", "'１' is not a document index");
        problems.put("+1", "'+1' is not a document index");
        problems.put("1-2-3", "'1-2-3' is not an index or a range");
        problems.put("ALL", "'ALL' is not a document index");
        problems.put("page=1 & 7", "document 7 does not exist");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            String message = assertThrows(CorpusException.class, () -> selections.select(news, problem.getKey()),
                    problem.getKey()).getMessage();
            assertTrue(message.startsWith("Invalid selection '"), message);
            assertTrue(message.contains(problem.getValue()), message);
        }
        for (String control : new String[] {"\0", "page=1\u0000", "page=\"a\nb\""}) {
            String message = assertThrows(CorpusException.class, () -> selections.select(news, control)).getMessage();
            assertTrue(message.startsWith("The selection contains the control character U+00"), message);
        }
    }

    @Test
    void namesTheInputAndHowToWriteOne() {
        assertEquals("Invalid selection 'title<abc': key 'title' is compared with '<', which needs a number or a date "
                + "yyyy-MM-dd, not 'abc'; use 'all', indices and ranges like '0-3,7', metadata comparisons like "
                + "'date>=2023-03-01 & reporters~赵宗锋' (=, !=, ~, <, <=, >, >=), or '@name' for a saved subcorpus",
                assertThrows(CorpusException.class, () -> selections.select(news, " title<abc ")).getMessage());
    }

    @Test
    void savesListsUsesAndDeletesNamedSubcorpora() {
        Subcorpus march = selections.create("news", "三月", " date>=2023-03-01 & date<2023-04-01 ");

        assertEquals(new Subcorpus("三月", "date>=2023-03-01 & date<2023-04-01", 2, 3), march);
        assertEquals(Map.of("三月", "date>=2023-03-01 & date<2023-04-01"), repository.subcorpora("news"));
        assertEquals(List.of(march), selections.list("news"));
        assertEquals(List.of(0, 1), selected("@三月"));
        assertEquals(List.of(1), selected("@三月 & reporters~王"));
        assertEquals("@三月 & page=1", selections.select(news, " @三月 & page=1").expression());
        assertEquals(new Subcorpus("三月", "0", 1, 2), selections.create("news", "三月", "0"), "replaces");
        assertTrue(selections.delete("news", "三月"));
        assertFalse(selections.delete("news", "三月"));
        assertEquals("Unknown subcorpus '三月'",
                assertThrows(NotFoundException.class, () -> selections.select(news, "@三月")).getMessage());
    }

    @Test
    void refusesBadDefinitionsAndSavesNothing() {
        selections.create("news", "march", "date>=2023-03-01 & date<2023-04-01");
        assertTrue(assertThrows(CorpusException.class, () -> selections.create("news", "page1", "@march & page=1"))
                .getMessage().contains("a saved subcorpus may not refer to another ('@march')"));
        assertTrue(assertThrows(CorpusException.class, () -> selections.create("news", "big", "9")).getMessage()
                .contains("document 9 does not exist"));
        // which names are allowed is the repository's rule, tested with the store
        assertThrows(CorpusException.class, () -> selections.create("news", "a\u0000", "0"));
        assertThrows(NotFoundException.class, () -> selections.create("nope", "x", "0"));
        assertThrows(NotFoundException.class, () -> selections.list("nope"));
        assertEquals(List.of("march"), List.copyOf(repository.subcorpora("news").keySet()));
    }

    @Test
    void aDefinitionThatNoLongerFitsIsListedAsUnknownAndExplainedWhenUsed() {
        repository.saveSubcorpus("news", "late", "7");
        repository.saveSubcorpus("news", "loop", "@late");

        assertEquals(List.of(new Subcorpus("late", "7", -1, -1), new Subcorpus("loop", "@late", -1, -1)),
                selections.list("news"));
        assertTrue(assertThrows(CorpusException.class, () -> selections.select(news, "@late & page=1")).getMessage()
                .startsWith("Invalid selection '@late & page=1': subcorpus 'late', saved as '7', does not read against "
                        + "corpus 'news' as it is now: document 7 does not exist (the corpus has 5, numbered from 0);"));
        assertTrue(assertThrows(CorpusException.class, () -> selections.select(news, "@loop")).getMessage()
                .contains("as it is now: it refers to another subcorpus;"));
    }

    private List<Integer> selected(String expression) {
        DocumentSelection selection = selections.select(news, expression);
        assertEquals(expression.trim(), selection.expression());
        return IntStream.range(0, news.documentCount()).filter(selection::contains).boxed().toList();
    }
}
