package org.corpusbench.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void strayOcrSpacesBetweenChineseCharactersAndDigitsGoOnlyInAnOcrSpacedText() {
        String ocr = "全 市春耕生产全 面 展开\n本报讯（记 者 张伟 通讯员 刘晓东 ）3月1 1日，在东阿县牛角店镇的麦田里，几台植 保无人机正在进行作业 ， 农户们忙着"
                + "浇水施肥。聊 城 日 报 2 0 2 4 年 3 月 1 2 日";
        String cleaned = normaliser.normalise(ocr).text();
        assertTrue(cleaned.startsWith("全市春耕生产全面展开\n本报讯（记者张伟通讯员刘晓东）3月11日，"), cleaned);
        assertTrue(cleaned.endsWith("聊城日报2024年3月12日"), cleaned);
        String ocrTraditional = "全 市春耕生產全 面 展開\n本報訊（記 者 張偉 通訊員 劉曉東 ）3月1 1日，在東阿縣牛角店鎮的麥田裡，幾台植 保無人機正在進行作業 ，"
                + " 農戶們忙著澆水施肥。";
        assertTrue(normaliser.normalise(ocrTraditional).text().startsWith("全市春耕生產全面展開"));
    }

    @Test
    void typesetTextKeepsTheSpacesOfItsBylinesAndHeadlineHalves() {
        String typeset = "开局之年起好步 关键之年拓新局\n■ 本报记者 王培源\n党的二十大报告提出，着力推进城乡融合和区域协调发展，推动经济实现质的有效提升和量的合理增长。"
                + "这些论述，对于深入理解和把握新时代加快推动城乡区域协调发展具有重要意义。";
        assertEquals(typeset, normaliser.normalise(typeset).text());
    }

    @Test
    void fullWidthLettersAndDigitsAreThoseOfTheUnicodeCategories() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(cp >= 0xFF10 && cp <= 0xFF5A && Character.isLetterOrDigit(cp), WidthNormaliser.isFullWidthLetterOrDigit(cp),
                    "U+" + Integer.toHexString(cp));
        }
    }
}
