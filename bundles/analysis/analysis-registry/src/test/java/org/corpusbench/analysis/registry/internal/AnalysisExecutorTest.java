package org.corpusbench.analysis.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpusbench.analysis.selection.SavedSubcorpora;
import org.corpusbench.analysis.selection.Selections;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ReferenceList;
import org.corpusbench.api.analysis.ReferenceLists;
import org.corpusbench.api.analysis.StopwordLists;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.api.query.QuerySyntaxException;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class AnalysisExecutorTest {
    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private final TestCorpus main = TestCorpus.withMetadata("main", new LinkedHashMap<>(Map.of(
            "甲 乙", Map.of("page", "1"))));
    private final TestCorpus reference = TestCorpus.of("ref", "丙", "丁 戊", "己");
    private final List<AnalysisExecutor.Registered> registered = new ArrayList<>();
    private StopwordLists stopwordLists;
    private ReferenceLists referenceLists;
    private QueryService queries;
    private final List<String> checkedQueries = new ArrayList<>();
    private final AnalysisExecutor executor = new AnalysisExecutor(() -> registered,
            new ParameterBinder.Services(this::corpus, new Selections(new SavedSubcorpora().with(main).with(reference)),
                    () -> Optional.ofNullable(stopwordLists), () -> Optional.ofNullable(queries),
                    () -> Optional.ofNullable(referenceLists)),
            Map.of("org.corpusbench.analysis.registry", "1.0.0"), Clock.fixed(NOW, ZoneOffset.UTC));

    /** Reports its typed parameters, the reference corpus and how many documents "part" includes. */
    private final Analysis echo = new Analysis() {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("top", ParameterType.INTEGER, "10", "rows"),
                    new ParameterSpec("ratio", ParameterType.DECIMAL, "0.5", "ratio"),
                    new ParameterSpec("strict", ParameterType.BOOLEAN, "false", "strict"),
                    new ParameterSpec("reference", ParameterType.CORPUS, null, "reference corpus"),
                    new ParameterSpec("part", ParameterType.DOCUMENT_SELECTION, "all", "part of the reference"));
        }

        @Override
        public ResultTable run(CorpusView corpus, DocumentSelection selection,
                Parameters parameters, Progress progress) {
            CorpusView ref = parameters.corpus("reference");
            long included = IntStream.range(0, corpus.documentCount()).filter(parameters.selection("part")::contains).count();
            return new ResultTable(List.of(new Column("value", ColumnType.STRING)), Stream.of(
                    List.of(parameters.integer("top") + "|" + parameters.decimal("ratio") + "|" + parameters.bool("strict")),
                    List.of(ref.info().name() + ":" + included), List.of(String.valueOf(selection.contains(0)))));
        }
    };

    private CorpusView corpus(String name) {
        return switch (name) {
            case "main" -> main;
            case "ref" -> reference;
            default -> throw new NotFoundException("corpus", name);
        };
    }

    @Test
    void bindsTypedParametersFillsDefaultsAndRecordsProvenance() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "com.example.echo", "2.0.0"));

        try (AnalysisResult result = executor.run("echo", "ref", Map.of("top", "3", "reference", "main", "part", "1-2"),
                Progress.NONE)) {
            List<List<Object>> rows = result.table().rows().toList();

            assertEquals("3|0.5|false", rows.get(0).get(0));
            assertEquals("main:2", rows.get(1).get(0));
            assertEquals("true", rows.get(2).get(0));
            assertEquals(Map.of("top", "3", "ratio", "0.5", "strict", "false", "reference", "main", "part", "1-2",
                    "selection", "all"), result.provenance().parameters());
            assertEquals(Map.of("com.example.echo", "2.0.0", "org.corpusbench.analysis.registry", "1.0.0"),
                    result.provenance().bundles());
            assertEquals("test", result.provenance().segmenter());
            assertEquals(NOW, result.provenance().time());
        }
    }

    @Test
    void offersTheStandardSelectionParameterWithEveryAnalysis() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));

        List<String> names = executor.analysis("echo").orElseThrow().parameters().stream().map(ParameterSpec::name).toList();

        assertEquals(List.of("top", "ratio", "strict", "reference", "part", "selection"), names);
    }

    @Test
    void analysesComeAndGoWithTheirServices() {
        assertTrue(executor.analyses().isEmpty());
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));
        assertEquals(1, executor.analyses().size());
        registered.clear();
        assertThrows(NotFoundException.class, () -> executor.run("echo", "main", Map.of(), Progress.NONE));
    }

    @Test
    void namesTheProblemWithEveryBadParameter() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));

        assertMessage("Unknown parameter 'tpo' for analysis 'echo'; it accepts: top, ratio, strict, reference, part, selection",
                Map.of("tpo", "3", "reference", "ref"));
        assertMessage("Analysis 'echo' needs a value for parameter 'reference'", Map.of());
        assertMessage("Parameter 'top' of analysis 'echo' must be a whole number in the digits 0-9 within the 64-bit range, not 'ten'",
                Map.of("top", "ten", "reference", "ref"));
        assertMessage("Parameter 'strict' of analysis 'echo' must be true or false, not 'yes'",
                Map.of("strict", "yes", "reference", "ref"));
        assertThrows(NotFoundException.class, () -> executor.run("echo", "main", Map.of("reference", "nope"), Progress.NONE));
        assertThrows(NotFoundException.class, () -> executor.run("echo", "nope", Map.of("reference", "ref"), Progress.NONE));
    }

    @Test
    void readsNumbersInAsciiDigitsOnly() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));

        assertMessage("Parameter 'top' of analysis 'echo' must be a whole number in the digits 0-9 within the 64-bit range, not '１２'",
                Map.of("top", "１２", "reference", "ref"));
        assertMessage("Parameter 'top' of analysis 'echo' must be a whole number in the digits 0-9 within the 64-bit range, not '١٢'",
                Map.of("top", "١٢", "reference", "ref"));
        assertMessage("Parameter 'ratio' of analysis 'echo' must be a number in the digits 0-9 such as 0.5, -2 or 1e-6, not 'NaN'",
                Map.of("ratio", "NaN", "reference", "ref"));
        for (String bad : new String[] {"Infinity", "0x1p1", "1d", "１.５", "1e999"}) {
            assertThrows(CorpusException.class, () -> executor.run("echo", "main", Map.of("ratio", bad, "reference", "ref"),
                    Progress.NONE), bad);
        }
        try (AnalysisResult result = executor.run("echo", "main", Map.of("top", " -12 ", "ratio", "2.5e-1", "reference", "ref"),
                Progress.NONE)) {
            assertEquals("-12|0.25|false", result.table().rows().toList().get(0).get(0));
        }
    }

    @Test
    void refusesControlCharactersInAnyParameterOrName() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));

        assertMessage("The parameter 'selection' of analysis 'echo' contains the control character U+0000 at position 0: 'U+0000'",
                Map.of("selection", "\0", "reference", "ref"));
        assertMessage("The name of a parameter contains the control character U+001B at position 3: 'topU+001B[2J'",
                Map.of("top\u001B[2J", "1", "reference", "ref"));
        assertMessage("The parameter 'reference' of analysis 'echo' contains the control character U+000A at position 3: 'refU+000A'",
                Map.of("reference", "ref\n"));
        assertMessage("The parameter 'top' of analysis 'echo' contains the control character U+0085 at position 0: 'U+00851'",
                Map.of("top", "\u00851", "reference", "ref"));
        assertEquals("The analysis name contains the control character U+0000 at position 4: 'echoU+0000'",
                assertThrows(CorpusException.class, () -> executor.run("echo\0", "main", Map.of(), Progress.NONE)).getMessage());
        assertEquals("The corpus name contains the control character U+0007 at position 4: 'mainU+0007'",
                assertThrows(CorpusException.class, () -> executor.run("echo", "main\u0007", Map.of(), Progress.NONE)).getMessage());
    }

    @Test
    void readsSelectionsThroughTheSubcorporaService() {
        registered.add(new AnalysisExecutor.Registered(echo, "echo", "Echo", "", "b", "1"));

        try (AnalysisResult result = executor.run("echo", "ref", Map.of("reference", "ref", "part", "source=doc1 & 1-2",
                "selection", "id!=doc0"), Progress.NONE)) {
            assertEquals(List.of("ref:1", "false"), result.table().rows().skip(1).map(row -> (String) row.get(0)).toList());
        }
        try (AnalysisResult result = executor.run("echo", "main", Map.of("reference", "ref", "part", "page=01"),
                Progress.NONE)) {
            assertEquals(List.of("ref:1", "true"), result.table().rows().skip(1).map(row -> (String) row.get(0)).toList());
        }
        assertMessage("Invalid selection 'page<one': key 'page' is compared with '<', which needs a number or a date "
                + "yyyy-MM-dd, not 'one'; use 'all', indices and ranges like '0-3,7', metadata comparisons like "
                + "'date>=2023-03-01 & reporters~赵宗锋' (=, !=, ~, <, <=, >, >=), or '@name' for a saved subcorpus",
                Map.of("reference", "ref", "selection", "page<one"));
    }

    @Test
    void checksBoundsAndChoicesNamingTheAnalysisParameterAndValue() {
        registered.add(new AnalysisExecutor.Registered(checked, "checked", "Checked", "", "b", "1"));

        assertEquals("1|0.0|node|none|\"的\"", firstRows("checked", Map.of("top", "1", "ratio", "0")).get(0));
        assertEquals("1000|0.5|left|none|\"的\"", firstRows("checked", Map.of("top", "1000", "ratio", "0.5", "sort", "left")).get(0));
        assertCheckedMessage("Parameter 'top' of analysis 'checked' must be between 1 and 1000, not '0'", Map.of("top", "0"));
        assertCheckedMessage("Parameter 'top' of analysis 'checked' must be between 1 and 1000, not '1001'", Map.of("top", "1001"));
        assertCheckedMessage("Parameter 'ratio' of analysis 'checked' must be between 0 and 0.5, not '0.51'", Map.of("ratio", "0.51"));
        assertCheckedMessage("Parameter 'ratio' of analysis 'checked' must be between 0 and 0.5, not '-1e-9'", Map.of("ratio", "-1e-9"));
        assertCheckedMessage("Parameter 'min' of analysis 'checked' must be at least 2, not '1'", Map.of("min", "1"));
        assertCheckedMessage("Parameter 'max' of analysis 'checked' must be at most 6, not '7'", Map.of("max", "7"));
        assertCheckedMessage("Parameter 'sort' of analysis 'checked' must be one of node, left, right, not 'Node'",
                Map.of("sort", "Node"));
        assertEquals("Parameter 'top' of analysis 'checked' must be a whole number in the digits 0-9 within the 64-bit "
                + "range, not '1.5'", assertThrows(CorpusException.class,
                        () -> executor.run("checked", "main", Map.of("top", "1.5"), Progress.NONE)).getMessage());
    }

    @Test
    void bindsStopwordListsByNameAndNoneWithoutTheService() {
        registered.add(new AnalysisExecutor.Registered(checked, "checked", "Checked", "", "b", "1"));

        assertEquals("10|0.1|node|none|\"的\"", firstRows("checked", Map.of()).get(0));
        assertCheckedMessage("Parameter 'stopwords' of analysis 'checked' names no stopword list 'zh'; the lists are: "
                + "none (no stopword lists are installed)", Map.of("stopwords", "zh"));
        stopwordLists = new StopwordLists() {
            @Override
            public List<String> names() {
                return List.of("none", "zh");
            }

            @Override
            public StopwordList list(String name) {
                if (!name.equals("zh")) {
                    throw new NotFoundException("stopword list", name);
                }
                return new StopwordList("zh", Set.of("的"));
            }
        };
        assertEquals("10|0.1|node|zh:true|\"的\"", firstRows("checked", Map.of("stopwords", " zh ")).get(0));
        assertEquals("10|0.1|node|none|\"的\"", firstRows("checked", Map.of("stopwords", "none")).get(0));
        assertCheckedMessage("Parameter 'stopwords' of analysis 'checked' names no stopword list '../zh'; the lists are: "
                + "none, zh", Map.of("stopwords", "../zh"));
    }

    @Test
    void checksQueriesBeforeTheRunWhenAQueryServiceRuns() {
        registered.add(new AnalysisExecutor.Registered(checked, "checked", "Checked", "", "b", "1"));
        assertEquals("10|0.1|node|none|[", firstRows("checked", Map.of("query", "[")).get(0), "passed on unchecked");

        QuerySyntaxException syntax = new QuerySyntaxException("Expected a token at 1", "[", 1);
        queries = new QueryService() {
            @Override
            public String check(String cql) {
                checkedQueries.add(cql);
                if (cql.equals("[")) {
                    throw syntax;
                }
                return "[word=" + cql + "]";
            }

            @Override
            public Hits search(CorpusView corpus, DocumentSelection selection, String cql, MatchStrategy strategy,
                    Progress progress) {
                throw new AssertionError("not during binding");
            }
        };
        assertSame(syntax, assertThrows(QuerySyntaxException.class,
                () -> executor.run("checked", "main", Map.of("query", "["), Progress.NONE)));
        assertEquals("10|0.1|node|none|\"经济\"", firstRows("checked", Map.of("query", "\"经济\"")).get(0),
                "the text as given, not the canonical form");
        assertEquals("10|0.1|node|none|", firstRows("checked", Map.of("query", "")).get(0),
                "an optional query left empty is no query, and is not read");
        assertEquals(List.of("[", "\"经济\""), checkedQueries);
    }

    /** Declares bounds, choices, a stopword list and a query, and echoes what it received. */
    private final Analysis checked = new Analysis() {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("top", ParameterType.INTEGER, "10", "rows").between(1, 1000),
                    new ParameterSpec("ratio", ParameterType.DECIMAL, "0.1", "ratio").between(0, 0.5),
                    new ParameterSpec("min", ParameterType.INTEGER, "2", "least").between(2, null),
                    new ParameterSpec("max", ParameterType.INTEGER, "6", "most").between(null, 6),
                    new ParameterSpec("sort", ParameterType.STRING, "node", "order").oneOf("node", "left", "right"),
                    new ParameterSpec("stopwords", ParameterType.STOPWORDS, "none", "words to leave out"),
                    new ParameterSpec("query", ParameterType.QUERY, "\"的\"", "what to find"));
        }

        @Override
        public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
            StopwordList stopwords = parameters.stopwords("stopwords");
            String words = stopwords == StopwordList.NONE ? "none" : stopwords.name() + ":" + stopwords.contains("的");
            return new ResultTable(List.of(new Column("value", ColumnType.STRING)), Stream.of(List.of(
                    parameters.integer("top") + "|" + parameters.decimal("ratio") + "|" + parameters.string("sort") + "|"
                            + words + "|" + parameters.string("query"))));
        }
    };

    /** Describes the reference it is given: its kind, corpus or list, and the documents it selects. */
    private final Analysis compared = new Analysis() {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("reference", ParameterType.REFERENCE, "list:general", "what to compare with"));
        }

        @Override
        public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
            Reference reference = parameters.reference("reference");
            String described;
            if (reference instanceof Reference.CorpusPart part) {
                described = "part of " + part.corpus().info().name() + " " + included(part.selection(), part.corpus().documentCount());
            } else if (reference instanceof Reference.RestOfCorpus rest) {
                described = "rest " + included(rest.complementOf(selection), corpus.documentCount());
            } else {
                ReferenceList list = ((Reference.WordList) reference).list();
                described = "list " + list.name() + " " + list.count("甲");
            }
            return new ResultTable(List.of(new Column("value", ColumnType.STRING)), Stream.of(List.of(described)));
        }
    };

    @Test
    void bindsReferencesToListsCorporaTheirPartsAndTheRestOfTheCorpus() {
        registered.add(new AnalysisExecutor.Registered(compared, "compared", "Compared", "", "b", "1"));
        assertEquals("Parameter 'reference' of analysis 'compared' names no reference list 'general'; the lists are: "
                + "none (no reference lists are installed)", assertThrows(CorpusException.class,
                        () -> executor.run("compared", "main", Map.of(), Progress.NONE)).getMessage());
        referenceLists = new ReferenceLists() {
            @Override
            public List<String> names() {
                return List.of("general");
            }

            @Override
            public ReferenceList list(String name) {
                if (!name.equals("general")) {
                    throw new NotFoundException("reference list", name);
                }
                return new ReferenceList() {
                    @Override
                    public String name() {
                        return "general";
                    }

                    @Override
                    public String description() {
                        return "test";
                    }

                    @Override
                    public long tokens() {
                        return 10;
                    }

                    @Override
                    public long count(String word) {
                        return word.equals("甲") ? 7 : 0;
                    }

                    @Override
                    public void forEach(ObjLongConsumer<String> action) {
                        action.accept("甲", 7);
                    }
                };
            }
        };

        assertEquals(List.of("list general 7"), firstRows("compared", Map.of()));
        assertEquals(List.of("part of ref [true, false, true]"), firstRows("compared", Map.of("reference", "corpus:ref/0,2")));
        assertEquals(List.of("part of ref [true, true, true]"), firstRows("compared", Map.of("reference", "corpus:ref")));
        assertEquals(List.of("part of main [true]"), firstRows("compared", Map.of("reference", "0")));
        try (AnalysisResult result = executor.run("compared", "main", Map.of("reference", "rest", "selection", "0"),
                Progress.NONE)) {
            assertEquals(List.of("rest [false]"), result.table().rows().map(row -> (String) row.get(0)).toList());
        }
        assertEquals("Parameter 'reference' of analysis 'compared' names no reference list 'other'; the lists are: general",
                assertThrows(CorpusException.class, () -> executor.run("compared", "main",
                        Map.of("reference", "list:other"), Progress.NONE)).getMessage());
        assertThrows(NotFoundException.class, () -> executor.run("compared", "main", Map.of("reference", "corpus:nope"),
                Progress.NONE));
        assertThrows(CorpusException.class, () -> executor.run("compared", "main", Map.of("reference", "corpus:/0"),
                Progress.NONE));
    }

    private List<String> firstRows(String analysis, Map<String, String> parameters) {
        try (AnalysisResult result = executor.run(analysis, "main", parameters, Progress.NONE)) {
            return result.table().rows().map(row -> (String) row.get(0)).toList();
        }
    }

    private void assertCheckedMessage(String expected, Map<String, String> parameters) {
        assertEquals(expected, assertThrows(CorpusException.class,
                () -> executor.run("checked", "main", parameters, Progress.NONE)).getMessage());
    }

    private void assertMessage(String expected, Map<String, String> parameters) {
        assertEquals(expected, assertThrows(CorpusException.class,
                () -> executor.run("echo", "main", parameters, Progress.NONE)).getMessage());
    }

    private static List<Boolean> included(DocumentSelection selection, int documents) {
        return IntStream.range(0, documents).mapToObj(selection::contains).toList();
    }
}
