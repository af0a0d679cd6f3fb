package org.corpusbench.analysis.segmentdiff;

import static org.corpusbench.analysis.segmentdiff.Segmentations.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpusbench.api.analysis.ResultTable;
import org.junit.jupiter.api.Test;

class DisagreementCountsTest {
    @Test
    void countsPatternsAndTheirDocumentsMostFrequentFirstWithExamples() {
        DisagreementCounts counts = new DisagreementCounts(2);
        add(counts, "d1", "会议|并为|此|更多|并为", "会议|并|为|此|更|多|并|为");
        add(counts, "d2", "并为|一体", "并|为|一体");
        List<List<Object>> rows = rows(counts.table(1));

        assertEquals(List.of("并为", "并为", "并 为", 3L, 2L, "d1: 会议[并为]此更多并为\nd1: 会议并为此更多[并为]"), rows.get(0));
        assertEquals(List.of("更多", "更多", "更 多", 1L, 1L, "d1: 会议并为此[更多]并为"), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void equalCountsAreSortedByPatternTextThenBySplits() {
        DisagreementCounts counts = new DisagreementCounts(0);
        add(counts, "d", "之年|更多|之|年", "之|年|更|多|之年");
        List<List<Object>> rows = rows(counts.table(1));
        // 之 (U+4E4B) sorts before 更 (U+66F4); the two 之年 patterns by their first split, where a space sorts first
        assertEquals(List.of("之 年 / 之年", "之年 / 之 年", "更多 / 更 多"),
                rows.stream().map(row -> row.get(1) + " / " + row.get(2)).toList());
        assertEquals("", rows.get(0).get(5));
    }

    @Test
    void leavesOutPatternsBelowTheMinimumCount() {
        DisagreementCounts counts = new DisagreementCounts(1);
        add(counts, "d", "并为|更多|并为", "并|为|更|多|并|为");
        assertEquals(List.of("并为"), rows(counts.table(2)).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void contextIsCutByCodePointsAndShowsLineBreaksAsSpaces() {
        DisagreementCounts counts = new DisagreementCounts(1);
        String left = "𠀀一二三四五六七八\n"; // ten code points, eleven chars
        add(counts, "d", "x|" + left + "|并为|𠀁", "x|" + left + "|并|为|𠀁");
        assertEquals("d: 𠀀一二三四五六七八 [并为]𠀁", rows(counts.table(1)).get(0).get(5));
    }

    @Test
    void showsWhitespaceInsideAPatternSoTheSplitStaysReadable() {
        DisagreementCounts counts = new DisagreementCounts(0);
        add(counts, "d", "a b|c", "a| |b|c");
        assertEquals(List.of("a␣b", "a␣b", "a ␣ b"), rows(counts.table(1)).get(0).subList(0, 3));
    }

    @Test
    void refusesANegativeNumberOfExamples() {
        assertThrows(IllegalArgumentException.class, () -> new DisagreementCounts(-1));
    }

    private static void add(DisagreementCounts counts, String document, String a, String b) {
        String text = a.replace("|", "");
        counts.add(document, text, SegmentationDiff.disagreements(tokens(a), tokens(b)));
    }

    private static List<List<Object>> rows(ResultTable table) {
        try (table) {
            assertEquals(DisagreementCounts.COLUMNS, table.columns());
            return table.rows().toList();
        }
    }
}
