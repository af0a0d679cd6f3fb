package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.junit.jupiter.api.Test;

class FurnitureRemoverTest {
    private final FurnitureRemover remover = NewsPipeline.defaultFurniture();

    @Test
    void mastheadGoesAndTheIssueBecomesMetadata() {
        String page = "详细报道见第7版\n中共聊城市委机关报\n\nCN 37-0048公众号新聊城\n\nLIAOCHENG RIBAO\n\n值班编委：邹辉 责编：王博\n\n"
                + "2024年12月4日 星期三 甲辰年十一月初四\n\n聊城日报社出版\n\n第10244期 今日8版\n\n 本报讯（记者 林金彦） 近日，会议召开。";

        CleanedText cleaned = remover.remove(page);

        assertEquals(" 本报讯（记者 林金彦） 近日，会议召开。", cleaned.text());
        assertEquals("2024-12-04", cleaned.metadata().get(FurnitureRemover.ISSUE_DATE));
        assertEquals("10244", cleaned.metadata().get(ArticleMetadata.ISSUE));
        assertEquals(8, cleaned.report().get("furniture.lines"));
        assertTrue(cleaned.metadata().get(FurnitureRemover.FURNITURE).startsWith("详细报道见第7版 | 中共聊城市委机关报"));
    }

    @Test
    void pageHeadingGivesThePage() {
        CleanedText cleaned = remover.remove("第3版 要闻\n正文。");

        assertEquals("正文。", cleaned.text());
        assertEquals("3", cleaned.metadata().get(ArticleMetadata.PAGE));
    }

    @Test
    void guideBoxGoesWithItsEntriesButNotTheArticleAfterIt() {
        String text = "研讨班开班\n\n今日导读\n\n飞越1600公里到青海\n 习近平同柬埔寨人民党\n主席、参议院主席洪森会谈\n\n"
                + "习近平会见尼泊尔总理奥利\n\n本报讯（记者 赵琦） 12月3日下午，会议召开。";

        assertEquals("研讨班开班\n\n本报讯（记者 赵琦） 12月3日下午，会议召开。", remover.remove(text).text());
    }

    @Test
    void offsetsPointAtTheLinesThatStay() {
        CleanedText cleaned = remover.remove("第10244期\n甲乙");

        assertEquals("甲乙", cleaned.text());
        assertEquals(8, cleaned.offsets().toOriginal(0));
    }

    @Test
    void aBrokenPatternIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FurnitureRemover(List.of("第(\\d+版"), "导读"));

        assertTrue(e.getMessage().contains("第(\\d+版"), e.getMessage());
    }

    @Test
    void theMastheadBlockTakesThePapersNameItsSectionAndADate() {
        CleanedText simplified = remover.remove("华夏日报\nHUAXIA RIBAO\n2024年1月1日 星期一\n第1版 要闻\n\n全国铁路元旦假期\n\n 本报北京12月31日讯 记者获悉，旅客增多。");
        assertEquals("全国铁路元旦假期\n\n 本报北京12月31日讯 记者获悉，旅客增多。", simplified.text());
        assertEquals("2024-01-01", simplified.metadata().get(FurnitureRemover.ISSUE_DATE));
        CleanedText traditional = remover.remove("寶島日報\n中華民國113年2月11日 星期日\nA8 生活\n\n北市垃圾費隨袋徵收\n〔記者林佳慧／台北報導〕台北市環保局昨日表示，將研議。");
        assertTrue(traditional.text().startsWith("北市垃圾費隨袋徵收"), traditional.text());
        CleanedText dated = remover.remove("体育\n2024年5月20日\n\n市运会篮球赛落幕\n\n 本报讯 5月19日，比赛落幕。");
        assertEquals("2024-05-20", dated.metadata().get(FurnitureRemover.ISSUE_DATE));
        assertTrue(dated.text().startsWith("市运会篮球赛落幕"), dated.text());
    }

    @Test
    void aLoneLabelOrBannerAboveTheFirstHeadlineIsFurnitureWhenProseFollows() {
        assertEquals("维港烟花汇演\n\n 【本报讯】警方估计，约有四十二万人观赏。",
                remover.remove("乡村振兴\n\n维港烟花汇演\n\n 【本报讯】警方估计，约有四十二万人观赏。").text());
        assertEquals("下好区域协调发展“一盘棋”\n\n党的二十大报告提出，着力推进城乡融合。",
                remover.remove("开局之年起好步 关键之年拓新局\n\n时政动态\n\n下好区域协调发展“一盘棋”\n\n党的二十大报告提出，着力推进城乡融合。").text());
        assertEquals("維港煙花匯演\n\n警方估計，約有四十二萬人觀賞。", remover.remove("港聞\n\n維港煙花匯演\n\n警方估計，約有四十二萬人觀賞。").text());
    }

    @Test
    void aPoemsTitleAndAnEssaysTitleStay() {
        String poem = "运河四季\n\n春天从桥下经过\n柳枝垂进水里\n船工哼着旧调\n把一河的绿摇醒";
        assertEquals(poem, remover.remove(poem).text());
        String essay = "城市空间\n\n第一章 绪论\n\n一、研究背景\n近二十年来，城镇化快速推进。";
        assertEquals(essay, remover.remove(essay).text());
    }
}
