package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.corpusbench.api.Article;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void headlinesPrintedAfterTheBodyGoBackToIt() {
        String page = "本报讯（记者 赵宗锋） 3月3日下午，巾帼十杰颁奖典礼举行。\n典礼揭晓了结果。\n"
                + "筑梦新征程 巾帼绽芳华\n巾帼十杰颁奖典礼举行\n"
                + "本报讯（记者 王培源 李强） 3月4日上午，全市安全生产工作会议召开。\n全市安全生产工作会议召开";

        List<Article> articles = splitter.split(page, Map.of(FurnitureRemover.ISSUE_DATE, "2023-03-06"));

        assertEquals(2, articles.size());
        assertEquals("巾帼十杰颁奖典礼举行", articles.get(0).metadata().get(ArticleMetadata.HEADLINE));
        assertEquals("筑梦新征程 巾帼绽芳华", articles.get(0).metadata().get(ArticleMetadata.SUBHEADLINE));
        assertEquals("赵宗锋", articles.get(0).metadata().get(ArticleMetadata.REPORTERS));
        assertEquals("2023-03-03", articles.get(0).metadata().get(ArticleMetadata.DATE));
        assertEquals("全市安全生产工作会议召开", articles.get(1).metadata().get(ArticleMetadata.HEADLINE));
        assertEquals("王培源、李强", articles.get(1).metadata().get(ArticleMetadata.REPORTERS));
        assertEquals("本报讯（记者 王培源", page.substring(articles.get(1).start()).substring(0, 10), "starts at its dateline");
    }

    @Test
    void headlinesPrintedBeforeTheBodyGoForward() {
        String page = "区委党校组织开展学习交流活动\n东昌府讯 9月23日，区委党校组织开展学习交流活动。\n（融媒体 裴崇旭）\n"
                + "区财政局助力基层教育\n东昌府讯 近年来，区财政局助力基层教育。\n（通讯员 刘广伟 刘昌鹏）";

        List<Article> articles = splitter.split(page, Map.of());

        assertEquals(2, articles.size());
        assertEquals("区委党校组织开展学习交流活动", articles.get(0).metadata().get(ArticleMetadata.HEADLINE));
        assertEquals("裴崇旭", articles.get(0).metadata().get(ArticleMetadata.REPORTERS));
        assertEquals("东昌府", articles.get(0).metadata().get(ArticleMetadata.PLACE));
        assertEquals("--09-23", articles.get(0).metadata().get(ArticleMetadata.DATE), "no issue date: partial");
        assertEquals("区财政局助力基层教育", articles.get(1).metadata().get(ArticleMetadata.HEADLINE));
        assertEquals("刘广伟、刘昌鹏", articles.get(1).metadata().get(ArticleMetadata.CORRESPONDENTS));
        assertNull(articles.get(1).metadata().get(ArticleMetadata.REPORTERS));
        assertEquals("区财政局", page.substring(articles.get(1).start()).substring(0, 4), "starts at its headline");
    }

    @Test
    void bylinesAndDatelinesLeaveTheBodyForMetadata() {
        String page = "□记 者 孙亚飞 通讯员 梁艳敏 实习生 尤诗琪 报道\n本报冠县讯 2023年12月24日，培训班开班。\n工伤预防培训班开班";

        Article article = splitter.split(page, Map.of()).get(0);
        Article.Span body = article.body().get(0);

        assertEquals("2023年12月24日，培训班开班。", page.substring(body.start(), body.end()));
        assertEquals("孙亚飞", article.metadata().get(ArticleMetadata.REPORTERS));
        assertEquals("梁艳敏", article.metadata().get(ArticleMetadata.CORRESPONDENTS));
        assertEquals("尤诗琪", article.metadata().get(ArticleMetadata.INTERNS));
        assertEquals("冠县", article.metadata().get(ArticleMetadata.PLACE));
        assertEquals("2023-12-24", article.metadata().get(ArticleMetadata.DATE));
    }

    @Test
    void newsAgencyDatelineGivesPlaceAndDate() {
        Article article = splitter.split("新华社北京3月5日电 习近平5日下午在参加审议时强调。", Map.of("issue.date", "2023-03-06")).get(0);

        assertEquals("新华社", article.metadata().get(ArticleMetadata.AGENCY));
        assertEquals("北京", article.metadata().get(ArticleMetadata.PLACE));
        assertEquals("2023-03-05", article.metadata().get(ArticleMetadata.DATE));
    }

    @Test
    void aDecemberEventInAJanuaryIssueIsLastYear() {
        Article article = splitter.split("本报讯（记者 林晨） 12月30日，会议召开。", Map.of("issue.date", "2024-01-02")).get(0);

        assertEquals("2023-12-30", article.metadata().get(ArticleMetadata.DATE));
    }

    @Test
    void aTitleWithoutAnyArticleStaysText() {
        List<Article> articles = splitter.split("只有正文，没有标题。\n政协聊城市委员会\n2023年1月19日", Map.of());

        assertEquals(1, articles.size());
        assertEquals(3, articles.get(0).body().size());
        assertNull(articles.get(0).metadata().get(ArticleMetadata.HEADLINE));
    }

    @Test
    void aPageWithoutNewsIsOneArticle() {
        assertEquals(1, splitter.split("只是一段普通的文字。", Map.of()).size());
        assertEquals(0, splitter.split("", Map.of()).size());
    }

    @Test
    void aTitleBetweenTwoBodiesHeadsAnArticleWithoutByline() {
        for (String page : new String[] {"本报讯（记者 陈思远）记者获悉，旅客增多。\n在新的起点上奋力前行\n时间的脚步从不停歇，回望过去一年，我们经受住了考验。",
            "本報訊（記者 陳思遠）記者獲悉，旅客增多。\n在新的起點上奮力前行\n時間的腳步從不停歇，回望過去一年，我們經受住了考驗。"}) {
            List<Article> articles = splitter.split(page, Map.of());

            assertEquals(2, articles.size(), page);
            assertTrue(articles.get(1).metadata().get(ArticleMetadata.HEADLINE).startsWith("在新的起"), page);
        }
    }

    @Test
    void aNumberedHeadingStaysInItsArticle() {
        List<Article> articles = splitter.split("本报讯 记者获悉，旅客增多。\n一、基本情况\n全市共有十二个项目开工，总投资二百亿元。", Map.of());

        assertEquals(1, articles.size());
    }

    @Test
    void aLettersSignatureDateDatesTheLetterAndEndsIt() {
        String page = "小区门口的路灯何时能亮\n编辑同志：路灯已经坏了一个多月，希望尽快维修。\n读者 张建国\n2024年1月5日\n"
                + "建议公园增设儿童游乐设施\n编辑同志：园内缺少适合儿童的游乐设施，孩子们只能在草地上追逐。\n退休教師 劉桂蘭\n2024年1月3日";

        List<Article> articles = splitter.split(page, Map.of());

        assertEquals(2, articles.size());
        assertEquals("2024-01-05", articles.get(0).metadata().get(ArticleMetadata.DATE));
        assertEquals("2024-01-03", articles.get(1).metadata().get(ArticleMetadata.DATE));
        assertNull(articles.get(0).metadata().get(ArticleMetadata.REPORTERS), "a signature is no byline");
    }

    @Test
    void aColumnLabelIsKeptAsColumnNotAsHeadline() {
        String page = "本报讯（记者 王培源）会议召开。\n目击\n1月16日，位于高新区的企业内，工人在生产显示屏等产品，该公司是国家高新技术企业。";

        List<Article> articles = splitter.split(page, Map.of());

        assertEquals(2, articles.size());
        assertEquals("目击", articles.get(1).metadata().get(ArticleSplitter.COLUMN));
        assertNull(articles.get(1).metadata().get(ArticleMetadata.HEADLINE));
    }

    @Test
    void aDatedCaptionAbovePhotoCreditIsAnArticleOfItsOwn() {
        String page = "新华社北京4月12日电 国务院常务会议召开。\n会议指出，要坚持以人民为中心。\n"
                + "4月11日，游客在江西省婺源县篁岭景区赏花。近日，当地油菜花进入盛花期，吸引各地游客前来观光。\n（新华社记者 周 密摄）";

        List<Article> articles = splitter.split(page, Map.of());

        assertEquals(2, articles.size());
        assertEquals("周密", articles.get(1).metadata().get(ArticleMetadata.PHOTOGRAPHERS));
        assertNull(articles.get(0).metadata().get(ArticleMetadata.PHOTOGRAPHERS));
    }

    @Test
    void bylinesAndDatelinesAreKeptAsPrinted() {
        String page = "县城集中供暖提前启动\n□记者 高田 通讯员 孙立群 报道\n本报阳谷讯 11月10日，阳谷县城集中供暖提前五天启动。";

        Map<String, String> metadata = splitter.split(page, Map.of()).get(0).metadata();

        assertEquals("□记者 高田 通讯员 孙立群 报道", metadata.get(ArticleMetadata.BYLINE));
        assertEquals("本报阳谷讯", metadata.get(ArticleMetadata.DATELINE));
        assertEquals("高田", metadata.get(ArticleMetadata.REPORTERS));
        assertEquals("孙立群", metadata.get(ArticleMetadata.CORRESPONDENTS));
        assertEquals("阳谷", metadata.get(ArticleMetadata.PLACE));
    }

    @Test
    void aBylineWithNothingAfterItGoesToTheArticleBefore() {
        String page = "本报讯 1月5日，冰雪嘉年华开园迎客。\n▲冰雪嘉年华现场\n本报记者 张帆 摄";

        List<Article> articles = splitter.split(page, Map.of());

        assertEquals(1, articles.size());
        assertEquals("张帆", articles.get(0).metadata().get(ArticleMetadata.PHOTOGRAPHERS));
        assertEquals("本报记者 张帆 摄", articles.get(0).metadata().get(ArticleMetadata.BYLINE));
    }

    @Test
    void aTextOfTitleShapedLinesIsOnePoemTitledByItsFirstLine() {
        List<Article> articles = splitter.split("运河四季\n春天从桥下经过\n柳枝垂进水里\n船工哼着旧调", Map.of());

        assertEquals(1, articles.size());
        assertEquals("运河四季", articles.get(0).metadata().get(ArticleMetadata.HEADLINE));
        assertEquals(3, articles.get(0).body().size());
    }

    @Test
    void aReprintsClosingSourceGivesItsPlaceAndDate() {
        for (String page : new String[] {"首季国民经济开局良好\n国家统计局发布数据，一季度国内生产总值同比增长5.3%。\n（据新华社北京4月18日电）",
            "首季國民經濟開局良好\n國家統計局發布數據，一季度國內生產總值同比增長5.3%。\n（據新華社北京4月18日電）"}) {
            Map<String, String> metadata = splitter.split(page, Map.of()).get(0).metadata();

            assertEquals("北京", metadata.get(ArticleMetadata.PLACE), page);
            assertEquals("--04-18", metadata.get(ArticleMetadata.DATE), page);
            assertTrue(metadata.get(ArticleMetadata.BYLINE).contains("北京4月18日"), "kept as printed");
        }
    }
}
