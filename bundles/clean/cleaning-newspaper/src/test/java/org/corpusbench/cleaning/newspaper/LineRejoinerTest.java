package org.corpusbench.cleaning.newspaper;

import org.corpusbench.cleaning.text.WhitespaceNormaliser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void verseKeepsItsLinesAndStanzas() {
        String verse = "运河四季\n\n春天从桥下经过\n柳枝垂进水里\n船工哼着旧调\n把一河的绿摇醒\n\n夏夜的码头\n灯火比星星还多\n卖瓜的老人\n数着远去的帆";
        assertEquals(9, text(verse).lines().count(), text(verse));
        String traditional = "運河四季\n\n春天從橋下經過\n柳枝垂進水裡\n船工哼著舊調\n把一河的綠搖醒\n\n夏夜的碼頭\n燈火比星星還多\n賣瓜的老人\n數著遠去的帆";
        assertEquals(9, text(traditional).lines().count());
    }

    @Test
    void aTranscriptKeepsOneLinePerTurnAndItsFieldLines() {
        String transcript = "访谈实录\n\n时间：2024年4月23日\n地点：市图书馆报告厅\n\n主持人：各位听众，大家好。今天我们请到了市图书馆馆长。\n"
                + "馆长：大家好。\n主持人：城市书房现在有多少家了？\n馆长：全市已经建成四十二家，其中二十家是二十四小时开放的。\n主持人：谢谢您。";
        assertEquals(8, text(transcript).lines().count(), text(transcript));
    }

    @Test
    void numberedHeadingsOfAnEssayStayLinesOfTheirOwn() {
        String essay = "城市公共空间的营造与治理\n\n第一章 绪论\n\n一、研究背景\n"
                + "近二十年来，我国城镇化进程快速推进，城市规模不断扩大，但公共空间的供给并未同步增长，许多新建城区缺少可供居民停留的场所。\n"
                + "二、研究问题\n本文关注的问题是：在存量更新阶段，城市如何在有限的用地条件下增加公共空间，并使之真正被居民使用。\n"
                + "（一）公共空间的数量\n以人均公园绿地面积衡量，多数城市已达到国家标准，但老城区的分布明显不均。";
        List<String> lines = text(essay).lines().toList();
        assertTrue(lines.contains("二、研究问题"), lines.toString());
        assertTrue(lines.contains("（一）公共空间的数量"), lines.toString());
    }

    @Test
    void aLetterSignatureAndItsDateAreLinesOfTheirOwn() {
        String letter = "编辑同志：我住在新华小区，楼里多是七八十岁的老人，大家都\n盼着加装电梯。请问有没有好的办法？\n读者 王先生\n2024年3月10日\n\n记者回访";
        assertEquals(List.of("编辑同志：我住在新华小区，楼里多是七八十岁的老人，大家都盼着加装电梯。请问有没有好的办法？", "读者 王先生", "2024年3月10日",
                "记者回访"), text(letter).lines().toList());
    }

    @Test
    void aCreditWrappedInsideItsBracketJoinsEvenWhenIndented() {
        assertEquals("本报讯（记者 高明 通讯员 赵雪）2月20日，项目集中开工。", text("本报讯（记者 高明 通讯员 赵\n 雪）2月20日，项目集中开工。"));
    }

    @Test
    void aBlankLineAfterAPhotoCreditIsNoColumnBreak() {
        String page = "台中花博園區春節首日湧入人潮。（記者\n張志明攝）\n\n社論\n穩定物價是當務之急\n\n年節過後，民眾對物價上漲的感受依然深刻。";
        assertEquals(List.of("台中花博園區春節首日湧入人潮。（記者張志明攝）", "社論", "穩定物價是當務之急", "年節過後，民眾對物價上漲的感受依然深刻。"),
                text(page).lines().toList());
    }

    @Test
    void aCaptionsTitleStaysAboveItsDatedLead() {
        String page = "江城晚报城事版的一段正文，记者看到\n市民驻足观看。\n\n冬泳爱好者迎新年\n12月31日，冬泳爱好者在东湖\n边进行迎新年冬泳活动。";
        assertEquals(List.of("江城晚报城事版的一段正文，记者看到市民驻足观看。", "冬泳爱好者迎新年", "12月31日，冬泳爱好者在东湖边进行迎新年冬泳活动。"),
                text(page).lines().toList());
        assertEquals("冬泳愛好者迎新年", text("冬泳愛好者迎新年\n12月31日，冬泳愛好者在東湖\n邊進行迎新年冬泳活動。").lines().findFirst().orElseThrow());
    }

    @Test
    void aShortKickerStaysOverItsHeadlineWhileAWrappedHeadlineJoins() {
        String body = "\n\n 【本報訊】漁農自然護理署昨日宣布啟動農地復耕計劃，首階段涉及約三十公頃荒廢農地。";
        assertEquals("新界東北", text("新界東北\n農地復耕計劃啟動" + body).lines().findFirst().orElseThrow());
        assertEquals("新界东北", text("新界东北\n农地复耕计划启动" + body).lines().findFirst().orElseThrow());
        assertEquals("全国铁路元旦假期运送旅客超千万人次", text("全国铁路元旦假期\n运送旅客超千万人次" + body).lines().findFirst().orElseThrow());
        assertEquals("以绣花功夫做好城市精细化管理", text("以绣花功夫\n做好城市精细化管理" + body).lines().findFirst().orElseThrow());
    }

    @Test
    void everyCodePointKeptMapsToItselfWhateverTheIndentation() {
        // with normalise-whitespace switched off for a load, lines keep tabs and ideographic spaces
        for (String indent : new String[] {" ", "\t", "\u3000\u3000", "  "}) {
            String page = indent + "本报讯（记者 王磊）今天上午，全市经济工作会议召开，会议总结了过去一年\n的工作。\n"
                    + indent + "会议强调，要坚持稳中求进。";
            org.corpusbench.api.CleanedText cleaned = rejoiner.rejoin(page);
            int[] input = page.codePoints().toArray();
            int[] output = cleaned.text().codePoints().toArray();
            for (int i = 0; i < output.length; i++) {
                if (output[i] != '\n' && output[i] != ' ') {
                    assertEquals(output[i], input[cleaned.offsets().toOriginal(i)],
                            "indent " + indent.codePoints().boxed().toList() + ", code point " + i);
                }
            }
        }
    }
}
