package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointTextTest {
    @Test
    void addressesTextByCodePointsAcrossStrides() {
        StringBuilder built = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            built.append(i % 7 == 0 ? "𠀀" : "字"); // Extension B every seventh: two chars each
        }
        String text = built.toString();
        CodePointText addressed = new CodePointText(text);
        int[] codePoints = text.codePoints().toArray();
        assertEquals(3000, addressed.length());
        for (int from : new int[] {0, 1, 1023, 1024, 1025, 2047, 2999}) {
            for (int to = from; to <= Math.min(3000, from + 9); to++) {
                assertEquals(new String(codePoints, from, to - from), addressed.substring(from, to), from + ".." + to);
            }
        }
        assertEquals("聊城", new CodePointText("聊城").substring(0, 2), "text without supplementary characters");
    }
}
