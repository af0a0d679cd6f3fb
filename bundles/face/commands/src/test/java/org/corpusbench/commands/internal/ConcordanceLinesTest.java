package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corpusbench.commands.internal.ConcordanceLines.Line;
import org.junit.jupiter.api.Test;

class ConcordanceLinesTest {
    private final List<Line> lines = List.of(new Line("doc1", "他说", "经济", "发展很快。"),
            new Line("新闻-2", "GDP 增长和", "经济", "发展"), new Line("d", "", "经济", ""));

    @Test
    void nodesStartInOneColumnCountingChineseAsTwoColumns() {
        // ids take 6 columns (新闻-2), left contexts 10 (GDP 增长和), so every node starts at column 20
        List<String> shown = ConcordanceLines.plain().layout(lines, 0);

        assertEquals("doc1" + " ".repeat(10) + "他说  [经济]  发展很快。", shown.get(0));
        assertEquals("新闻-2  GDP 增长和  [经济]  发展", shown.get(1));
        assertEquals("d" + " ".repeat(19) + "[经济]", shown.get(2));
        for (String line : shown) {
            assertEquals(20, ConsoleTable.displayWidth(line.substring(0, line.indexOf('['))), line);
        }
    }

    @Test
    void ansiTerminalsGetTheNodeInBoldColourAndTheResetAfterIt() {
        String shown = ConcordanceLines.ansi().layout(lines, 0).get(0);

        assertTrue(shown.contains("\u001B[1;31m经济\u001B[0m"), shown);
        assertTrue(!shown.contains("[经济]"), shown);
    }

    @Test
    void aNarrowTerminalCutsContextsOnTheirOuterSide() {
        List<String> shown = ConcordanceLines.plain().layout(List.of(new Line("d", "一二三四五六七八九十", "经济", "甲乙丙丁戊己庚辛")), 30);

        // 29 usable columns: id 1, node 6, gaps 6, leaves 16: 8 per side, four Chinese characters each
        assertEquals("d  七八九十  [经济]  甲乙丙丁", shown.get(0));
        assertTrue(ConsoleTable.displayWidth(shown.get(0)) < 30);
    }

    @Test
    void lineBreaksInsideAContextShowAsSpaces() {
        List<String> shown = ConcordanceLines.plain().layout(List.of(new Line("d", "第一段\n", "经济", "\t发展")), 0);

        assertEquals("d  第一段   [经济]   发展", shown.get(0));
    }
}
