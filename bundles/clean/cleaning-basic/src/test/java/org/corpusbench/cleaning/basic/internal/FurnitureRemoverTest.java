package org.corpusbench.cleaning.basic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
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
        assertEquals("10244", cleaned.metadata().get(Article.ISSUE));
        assertEquals(8, cleaned.report().get("furniture.lines"));
        assertTrue(cleaned.metadata().get(FurnitureRemover.FURNITURE).startsWith("详细报道见第7版 | 中共聊城市委机关报"));
    }

    @Test
    void pageHeadingGivesThePage() {
        CleanedText cleaned = remover.remove("第3版 要闻\n正文。");

        assertEquals("正文。", cleaned.text());
        assertEquals("3", cleaned.metadata().get(Article.PAGE));
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
}
