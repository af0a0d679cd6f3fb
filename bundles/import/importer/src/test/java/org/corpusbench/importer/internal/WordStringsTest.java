package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordStringsTest {
    @Test
    void givesTheSubstringForEveryRangeOfMixedText() {
        String text = "北京市 2026年，ABC的𠀀字在\n这里Ｘ" + "很长的一个词语不在缓存里面的".repeat(3);
        WordStrings words = new WordStrings();
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(Math.min(20, text.length() - from) + 1);
            assertEquals(text.substring(from, to), words.of(text, from, to), "range " + from + "-" + to);
        }
    }

    @Test
    void reusesTheStringOfAWordSeenBeforeInAnotherText() {
        WordStrings words = new WordStrings();
        String first = words.of("我们在北京", 3, 5);
        assertEquals("北京", first);
        assertSame(first, words.of("北京欢迎你", 0, 2));
    }
}
