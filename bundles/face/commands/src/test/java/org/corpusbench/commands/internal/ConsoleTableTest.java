package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    @Test
    void columnsLineUpOnScreenWhenCellsHoldChinese() {
        ConsoleTable table = new ConsoleTable().numberColumn("rank").column("word").numberColumn("count");
        table.addRow(1, "的", 428);
        table.addRow(2, "高质量", 75);
        table.addRow(3, "LIAOCHENG", 3);
        table.addRow(4, "𠀀字", 1);

        assertEquals(List.of(
                "rank | word      | count",
                "-----+-----------+------",
                "   1 | 的        |   428",
                "   2 | 高质量    |    75",
                "   3 | LIAOCHENG |     3",
                "   4 | 𠀀字      |     1"), print(table, true));
    }

    @Test
    void theLastLeftAlignedColumnIsNotPaddedAndEmptyTablesSaySo() {
        ConsoleTable table = new ConsoleTable().column("Name").column("Segmenter").emptyText("No corpora.");
        assertEquals(List.of("Name | Segmenter", "-----+----------", "No corpora."), print(table, true));
        table.addRow("小语料", "jieba");
        assertEquals("小语料 | jieba", print(table, true).get(2));
    }

    @Test
    void scriptOutputIsTabSeparatedWithoutPaddingOrHeader() {
        ConsoleTable table = new ConsoleTable().column("word").numberColumn("count");
        table.addRow("聊城", 124);
        table.addRow("a\tb", 1);

        assertEquals(List.of("聊城\t124", "a b\t1"), print(table, false));
    }

    @Test
    void measuresTerminalColumnsNotChars() {
        assertEquals(4, ConsoleTable.displayWidth("聊城"));
        assertEquals(2, ConsoleTable.displayWidth("𠀀"));
        assertEquals(4, ConsoleTable.displayWidth("ＡＢ"));
        assertEquals(3, ConsoleTable.displayWidth("abc"));
    }

    private static List<String> print(ConsoleTable table, boolean format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), format);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
