package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.Article;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void aBracketedCreditEndingInAPhotoMarkNamesPhotographers() {
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "徐烨"), read("本报记者徐烨摄", true));
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "王培源、李明"), read("记者 王培源 李明 摄影", true));
    }

    @Test
    void readsTheIssuerBeforeARoleWordSpacedOutNamesAndTraditionalRoleWords() {
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "周密"), read("新华社记者 周 密 摄", true));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "王磊"), read("本报记者 王 磊", false));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "趙宗鋒", ArticleMetadata.CORRESPONDENTS, "王學麗"), read("記者 趙宗鋒 通訊員 王學麗", true));
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "徐燁"), read("晚報記者徐燁攝", true));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "潘莉", ArticleMetadata.PHOTOGRAPHERS, "于洋"), read("文/记者 潘莉 图/记者于洋", false));
    }

    @Test
    void aBracketedCreditWithRoleWordsStillNamesReportersAndCorrespondents() {
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "赵宗锋", ArticleMetadata.CORRESPONDENTS, "王学丽"), read("记者 赵宗锋 通讯员 王学丽", true));
        assertEquals(Map.of(ArticleMetadata.CREDIT, "区卫健局"), read("区卫健局", true));
    }

    @Test
    void aBylineIsIssuerRoleNamesAndReportWordsAndNothingElse() {
        assertTrue(Bylines.readsAsByline("本报记者 刘洋"));
        assertTrue(Bylines.readsAsByline("记者 高田 通讯员 孙立群 报道"));
        assertTrue(Bylines.readsAsByline("記者 張詠琪 報道"));
        assertTrue(Bylines.readsAsByline("胡磊 薛良诚"));
        assertTrue(Bylines.readsAsByline("本报记者 张帆 摄"));
        assertFalse(Bylines.readsAsByline("记者：今年春节假期全市旅"), "a question in an interview");
        assertFalse(Bylines.readsAsByline("赛场内外"), "a bulleted heading");
        assertFalse(Bylines.readsAsByline("不管未来谁站上领奖台"), "body text of more than four characters a word");
        assertFalse(Bylines.readsAsByline("記者：今年旅遊市場"), "the same in traditional characters");
        assertFalse(Bylines.readsAsByline("区卫健局"), "an organisation, though 区 is a surname");
    }

    @Test
    void namesRunTogetherByOcrAreSplitAtTheRoleWords() {
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "高明", ArticleMetadata.CORRESPONDENTS, "赵雪"), read("记者高明通讯员赵雪", true));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "張偉", ArticleMetadata.CORRESPONDENTS, "劉曉東"), read("記者張偉通訊員劉曉東", true));
    }

    @Test
    void aPhotoMarkMakesPhotographersOutsideBracketsToo() {
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "张帆"), read("本报记者 张帆 摄", false));
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "黃志偉"), read("記者 黃志偉 攝", false));
    }

    @Test
    void aLeadingPhotoWordOrATrailingTextAndPictureMarkNamesPhotographers() {
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "陈默"), read("摄影 陈默", true));
        assertEquals(Map.of(ArticleMetadata.PHOTOGRAPHERS, "陳默"), read("攝影 陳默", true));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "孙婉婷", ArticleMetadata.PHOTOGRAPHERS, "孙婉婷"), read("晚报记者 孙婉婷 文/图", false));
        assertEquals(Map.of(ArticleMetadata.REPORTERS, "孫婉婷", ArticleMetadata.PHOTOGRAPHERS, "孫婉婷"), read("晚報記者 孫婉婷 文/圖", false));
    }

    @Test
    void aCommentatorBylineNamesNoReporter() {
        assertEquals(Map.of(ArticleMetadata.CREDIT, "本报评论员"), read("本报评论员", false));
    }

    private static Map<String, String> read(String text, boolean bracketed) {
        Bylines bylines = new Bylines();
        bylines.read(text, bracketed);
        Map<String, String> metadata = new LinkedHashMap<>();
        bylines.into(metadata);
        return metadata;
    }
}
