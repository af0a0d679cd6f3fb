package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.junit.jupiter.api.Test;

class SegmentDiffCommandTest {
    private static final List<Column> COLUMNS = List.of(new Column("pattern", ColumnType.STRING),
            new Column("a", ColumnType.STRING), new Column("b", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("documents", ColumnType.INTEGER), new Column("examples", ColumnType.STRING));

    @Test
    void printsEachPatternWithItsCountAndExamplesBelowAndHowManyWereLeftOut() {
        SegmentDiffCommand command = new SegmentDiffCommand();
        command.limit = 2;
        List<List<Object>> rows = List.of(row("并为", "并 为", "并为", 12, 3, "d1: 会议[并为]此\nd2: [并为]一体"),
                row("更多", "更 多", "更多", 2, 1, "d1: 有[更多]人"), row("之年", "之 年", "之年", 1, 1, ""));

        assertEquals(List.of("jieba | jieba-analysis", "并 为 | 并为 × 12 (3 documents)", "    d1: 会议[并为]此", "    d2: [并为]一体",
                "更 多 | 更多 × 2", "    d1: 有[更多]人", "... 2 of 3 patterns (--limit 0 prints all)"), print(command, rows));
        command.limit = 0;
        assertEquals("1 pattern", print(command, rows.subList(2, 3)).get(2));
        assertEquals(List.of("jieba | jieba-analysis", "No disagreements."), print(command, List.of()));
    }

    @Test
    void passesTheOptionsToTheAnalysis() {
        SegmentDiffCommand command = new SegmentDiffCommand();
        command.segmenterB = "thulac";
        command.examples = 1;
        command.selection = "@march";
        assertEquals(Map.of("segmenter_a", "jieba", "segmenter_b", "thulac", "examples", "1", "min_count", "1",
                "selection", "@march"), command.parameters());
    }

    @Test
    void aTextGoesToTheSegmentDiffsServiceWithTheOptions() {
        SegmentDiffCommand command = new SegmentDiffCommand();
        List<String> asked = new ArrayList<>();
        command.texts = (text, a, b, examples, minCount) -> {
            asked.add(String.join(" ", text, a, b, String.valueOf(examples), String.valueOf(minCount)));
            return new ResultTable(COLUMNS, Stream.of());
        };
        command.text = "并为";
        command.segmenterB = "thulac";
        command.minCount = 2;
        command.execute();
        assertEquals(List.of("并为 jieba thulac 3 2"), asked);
    }

    @Test
    void wantsACorpusOrATextButNotBoth() {
        SegmentDiffCommand command = new SegmentDiffCommand();
        assertEquals("Give a corpus name or --text", assertThrows(CorpusException.class, command::execute).getMessage());
        command.corpus = "seeds";
        command.text = "并为";
        assertEquals("Give a corpus name or --text, not both", assertThrows(CorpusException.class, command::execute).getMessage());
    }

    private static List<Object> row(String pattern, String a, String b, long count, long documents, String examples) {
        return new ArrayList<>(List.of(pattern, a, b, count, documents, examples));
    }

    private static List<String> print(SegmentDiffCommand command, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), new ResultTable(COLUMNS, rows.stream()));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
