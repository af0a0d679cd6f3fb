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
    void joinsANumberWrappedAcrossLinesWithoutASpace() {
        assertEquals("全市地区生产总值达到2001亿元，截至12月31日增长5%。",
                rejoiner.rejoin("全市地区生产总值达到20\n01亿元，截至12月3\n1日增长5%。").text());
        assertEquals("新款iPhone 15上市", rejoiner.rejoin("新款iPhone\n15上市").text());
    }

    @Test
    void aDashLineGoesOnWithTheSentenceOfAFullLineBeforeIt() {
        assertEquals("市委书记在会上强调，要把——这项工作抓紧抓实抓出成效，确保按期完成任务。",
                rejoiner.rejoin("市委书记在会上强调，要把\n——这项工作抓紧抓实抓出\n成效，确保按期完成任务。").text());
    }

    @Test
    void aBylineOrCreditWrappedOverTwoLinesIsJoined() {
        String text = "今年以来全县聚焦群众关切，\n扎实推进各项民生工程。\n\n"
                + "□记者 高田 通讯员 孙立\n群 报道\n\n本报讯 县城集中供暖于11月10日\n提前启动，比往年早五天。";
        assertEquals("□记者 高田 通讯员 孙立群 报道", text(text).lines().toList().get(1));
        assertEquals("（记者 赵海波 通讯员刘建）", text("（记者 赵海波 通讯员\n刘建）"));
        assertEquals("■本报记者 张帆\n本报讯 全市冬季运动会于今日开幕，共有十二支代表队参赛。",
                text("■本报记者 张帆\n本报讯 全市冬季运动会于今日开幕，共有十二支代表队参赛。"));
    }

    private String text(String input) {
        return rejoiner.rejoin(input).text();
    }

    @Test
    void bulletedListItemsKeepTheirLines() {
        assertEquals("报名须知如下：\n●服务对象：全市小学生\n●收费标准：每人每天十元",
                rejoiner.rejoin("报名须知如下：\n●服务对象：全市小学生\n●收费标准：每人每天十元").text());
    }

    @Test
    void aDashLineUnderAHeadlineStaysItsSubtitle() {
        String text = rejoiner.rejoin("建设宜居宜业和美乡村\n——我市乡村振兴工作综述\n\n本报讯（记者 张三）今年以来，我市\n"
                + "扎实推进乡村振兴，各项\n工作取得明显成效。").text();
        assertEquals("——我市乡村振兴工作综述", text.lines().toList().get(1), text);
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
