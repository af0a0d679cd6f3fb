package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.junit.jupiter.api.Test;

class QueryCommandTest {
    private final FakeKwic kwic = new FakeKwic(3);

    @Test
    void printsTheHitsThePageAndAlignedLines() {
        QueryCommand command = command();
        command.sort = "right1";
        command.context = 2;
        command.selection = "date>=2023-03-01";

        assertEquals(List.of("hits 3, page 1 of 1", "d1  左1  [经济]  右1", "d2  左2  [经济]  右2", "d3  左3  [经济]  右3"),
                print(command));
        assertEquals(Map.of("query", "\"经济\"", "sort", "right1", "context", "2", "context_unit", "tokens", "page", "1",
                "page_size", "50", "selection", "date>=2023-03-01"), kwic.calls.get(0));
    }

    @Test
    void countsPagesFromThePageSize() {
        QueryCommand command = command();
        command.pageSize = 2;
        command.page = 2;

        assertEquals(List.of("hits 3, page 2 of 2", "d3  左3  [经济]  右3"), print(command));
    }

    @Test
    void aPagePastTheLastSaysWhichIsLast() {
        QueryCommand command = command();
        command.pageSize = 2;
        command.page = 5;

        assertEquals(List.of("hits 3, page 5 of 2", "No lines on this page: the last is page 2."), print(command));
        assertEquals("1", kwic.calls.get(1).get("page_size"), "the total is read from a one-line first page");
    }

    @Test
    void noHitsIsOnePageWithoutLines() {
        QueryCommand command = command();
        command.analyses = new FakeKwic(0);

        assertEquals(List.of("hits 0, page 1 of 1"), print(command));
    }

    @Test
    void plainWordsStandForTheirSequenceAndAnythingElseIsCqlAsGiven() {
        assertEquals("\"经济\" \"发展\"", QueryCommand.query("经济 发展"));
        assertEquals("\"GDP\"", QueryCommand.query(" GDP "));
        assertEquals("\"经济\" []{0,2} \"发展\"", QueryCommand.query("\"经济\" []{0,2} \"发展\""));
        assertEquals("U.S.", QueryCommand.query("U.S."), "a regular expression is left to the engine to refuse");
    }

    private QueryCommand command() {
        QueryCommand command = new QueryCommand();
        command.analyses = kwic;
        command.corpus = "news";
        command.cql = List.of("\"经济\"");
        return command;
    }

    private static List<String> print(QueryCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), ConcordanceLines.plain(), 0);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A kwic analysis with a given number of hits, each line built from its number; remembers what it was asked. */
    private static final class FakeKwic implements AnalysisService {
        final List<Map<String, String>> calls = new ArrayList<>();
        private final long hits;

        FakeKwic(long hits) {
            this.hits = hits;
        }

        @Override
        public List<AnalysisDescriptor> analyses() {
            return List.of(analysis("kwic").orElseThrow());
        }

        @Override
        public Optional<AnalysisDescriptor> analysis(String name) {
            return Optional.of(new AnalysisDescriptor("kwic", "KWIC", "test", List.of(
                    new ParameterSpec("page", ParameterType.INTEGER, "1", "page"),
                    new ParameterSpec("page_size", ParameterType.INTEGER, "50", "size")), "test", "0"));
        }

        @Override
        public AnalysisResult run(String analysis, String corpus, Map<String, String> parameters, Progress progress) {
            calls.add(Map.copyOf(parameters));
            long size = Long.parseLong(parameters.get("page_size"));
            long from = (Long.parseLong(parameters.get("page")) - 1) * size;
            List<Column> columns = List.of(new Column("hit", ColumnType.INTEGER));
            ResultTable table = new ResultTable(columns, LongStream.range(from, Math.min(hits, from + size)).mapToObj(
                    i -> List.<Object>of(i + 1, hits, "d" + (i + 1), "", "左" + (i + 1), "经济", "右" + (i + 1))));
            return new AnalysisResult(new Provenance(corpus, analysis, parameters, "test", Map.of(), Instant.EPOCH), table);
        }
    }
}
