package org.corpusbench.cleaning.basic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corpusbench.api.CleanedText;
import org.junit.jupiter.api.Test;

class WidthNormaliserTest {
    private final WidthNormaliser normaliser = new WidthNormaliser(false);

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthChinesePunctuationStays() {
        CleanedText cleaned = normaliser.normalise("ＡＰＰ下载量１２３万，同比增长５％。");

        assertEquals("APP下载量123万，同比增长5％。", cleaned.text());
        assertEquals(7, cleaned.report().get("width.folded"));
    }

    @Test
    void halfWidthPunctuationNextToChineseBecomesFullWidth() {
        assertEquals("党的二十大报告提出，着力推进（2023—2025年）发展？是的！各位：",
                normaliser.normalise("党的二十大报告提出,着力推进(2023—2025年)发展?是的!各位:").text());
    }

    @Test
    void punctuationBetweenLatinOrDigitsStays() {
        assertEquals("1,000 and 12:30 (ok)", normaliser.normalise("1,000 and 12:30 (ok)").text());
    }

    @Test
    void spacesBetweenDigitsAndChineseGoOthersStay() {
        assertEquals("3月2日至3日，东昌府区等10个集体；记者 赵宗锋 黄涛",
                normaliser.normalise("3 月 2 日至 3 日，东昌府区等 10 个集体；记者 赵宗锋 黄涛").text());
    }

    @Test
    void letterSpacedRunsCloseUp() {
        assertEquals("今日导读\n公众号新聊城 记者 孙亚飞", normaliser.normalise("今 日 导 读\n公 众 号 新 聊 城 记者 孙亚飞").text());
        assertEquals("记 者 孙亚飞", normaliser.normalise("记 者 孙亚飞").text(), "two single characters are not a run");
    }

    @Test
    void offsetsSkipTheRemovedSpaces() {
        CleanedText cleaned = normaliser.normalise("3 月");

        assertEquals("3月", cleaned.text());
        assertEquals(2, cleaned.offsets().toOriginal(1));
    }

    @Test
    void traditionalCharactersFoldOnlyWhenAskedCharacterByCharacter() {
        assertEquals("聊城發展", normaliser.normalise("聊城發展").text());
        CleanedText folded = new WidthNormaliser(true).normalise("聊城發展𠀀");

        assertEquals("聊城发展𠀀", folded.text());
        assertEquals(1, folded.report().get("traditional.folded"));
        assertEquals(4, folded.offsets().toOriginal(4));
    }
}
