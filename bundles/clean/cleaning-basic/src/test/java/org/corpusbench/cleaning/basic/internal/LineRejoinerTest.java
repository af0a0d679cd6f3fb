package org.corpusbench.cleaning.basic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.CleanedText;
import org.junit.jupiter.api.Test;

class LineRejoinerTest {
    private final LineRejoiner rejoiner = new LineRejoiner();

    @Test
    void joinsHardWrappedChineseWithoutSpaces() {
        assertEquals("市委副书记、政法委书记谢兆村出席。", rejoiner.rejoin("市委副书记、政法委书\n记谢兆村出席。").text());
    }

    @Test
    void keepsOneSpaceBetweenWrappedLatinWords() {
        assertEquals("LIAOCHENG RIBAO聊城", rejoiner.rejoin("LIAOCHENG\nRIBAO\n聊城").text());
    }

    @Test
    void blankLineAfterAShortLineEndsTheParagraph() {
        assertEquals("时政动态\n党的二十大报告提出。", rejoiner.rejoin("时政动态\n\n党的二十大报告提出。").text());
    }

    @Test
    void blankLineAfterAFullLineMidSentenceIsAColumnBreak() {
        String text = "珍惜荣誉、不懈努力，创造新\n\n的更大成绩。\n\n谢兆村在致辞中代表市委";

        assertEquals("珍惜荣誉、不懈努力，创造新的更大成绩。\n谢兆村在致辞中代表市委", rejoiner.rejoin(text).text());
    }

    @Test
    void offsetsPointIntoTheInput() {
        String input = "甲乙\n丙丁";
        CleanedText cleaned = rejoiner.rejoin(input);

        assertEquals("甲乙丙丁", cleaned.text());
        assertEquals(3, cleaned.offsets().toOriginal(2));
        assertEquals(5, cleaned.offsets().toOriginal(4));
    }

    @Test
    void seedPageLosesItsMidSentenceBreaks() throws IOException {
        String page = Files.readString(Path.of("../../../seeds/000_a091517554f8b986.txt"), StandardCharsets.UTF_8);

        String cleaned = rejoiner.rejoin(new WhitespaceNormaliser().normalise(page).text()).text();

        assertTrue(cleaned.contains("创造新的更大成绩"), "column break inside a sentence rejoined");
        assertTrue(cleaned.contains("聊城市纪念“三八”国际妇女节113周年"), "hard wrap rejoined");
        assertFalse(cleaned.contains("\n\n"));
    }
}
