package org.corpusbench.cleaning.basic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.Article;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void aBracketedCreditEndingInAPhotoMarkNamesPhotographers() {
        assertEquals(Map.of(Bylines.PHOTOGRAPHERS, "徐烨"), read("本报记者徐烨摄", true));
        assertEquals(Map.of(Bylines.PHOTOGRAPHERS, "王培源、李明"), read("记者 王培源 李明 摄影", true));
    }

    @Test
    void readsTheIssuerBeforeARoleWordSpacedOutNamesAndTraditionalRoleWords() {
        assertEquals(Map.of(Bylines.PHOTOGRAPHERS, "周密"), read("新华社记者 周 密 摄", true));
        assertEquals(Map.of(Article.REPORTERS, "王磊"), read("本报记者 王 磊", false));
        assertEquals(Map.of(Article.REPORTERS, "趙宗鋒", Article.CORRESPONDENTS, "王學麗"), read("記者 趙宗鋒 通訊員 王學麗", true));
        assertEquals(Map.of(Bylines.PHOTOGRAPHERS, "徐燁"), read("晚報記者徐燁攝", true));
        assertEquals(Map.of(Article.REPORTERS, "潘莉", Bylines.PHOTOGRAPHERS, "于洋"), read("文/记者 潘莉 图/记者于洋", false));
    }

    @Test
    void aBracketedCreditWithRoleWordsStillNamesReportersAndCorrespondents() {
        assertEquals(Map.of(Article.REPORTERS, "赵宗锋", Article.CORRESPONDENTS, "王学丽"), read("记者 赵宗锋 通讯员 王学丽", true));
        assertEquals(Map.of(Bylines.CREDIT, "区卫健局"), read("区卫健局", true));
    }

    private static Map<String, String> read(String text, boolean bracketed) {
        Bylines bylines = new Bylines();
        bylines.read(text, bracketed);
        Map<String, String> metadata = new LinkedHashMap<>();
        bylines.into(metadata);
        return metadata;
    }
}
