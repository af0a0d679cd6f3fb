package org.corpusbench.cleaning.basic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NewsTextTest {
    @Test
    void readsDatelinesInTraditionalCharacters() {
        Matcher local = NewsText.dateline("【本報訊】（記者 陳嘉欣）港鐵今日宣布");
        assertEquals("記者 陳嘉欣", local.group("credit"));
        Matcher agency = NewsText.dateline("新華社香港12月30日電（記者 王小明）特區政府");
        assertEquals("新華社", agency.group("agency"));
        assertEquals("香港", agency.group("agencyPlace"));
        assertEquals("記者 王小明", agency.group("credit"));
    }

    @Test
    void readsAPlaceAndADateInTheLocalDateline() {
        Matcher dateline = NewsText.dateline("本报北京12月31日讯（记者 陈思远）记者从国铁集团获悉");
        assertEquals("北京", dateline.group("place"));
        assertEquals("12", dateline.group("localMonth"));
        assertEquals("31", dateline.group("localDay"));
        assertEquals("记者 陈思远", dateline.group("credit"));
        assertEquals("上海", NewsText.dateline("本报上海1月2日电 今年以来").group("place"));
    }

    @Test
    void readsBylinesAndPhotoCreditsInTraditionalCharacters() {
        assertTrue(NewsText.isByline("本報記者 趙宗鋒"));
        assertTrue(NewsText.isCredit("本報記者 王培源 攝"));
    }

    @Test
    void aBulletedLineIsABylineOnlyWithARoleWordOrSurnameLedNames() {
        assertTrue(NewsText.isByline("□ 胡磊 薛良诚"));
        assertTrue(NewsText.isByline("■ 本报记者 刘洋"));
        assertFalse(NewsText.isByline("■ 赛场内外"));
        assertFalse(NewsText.isByline("● 收费标准"));
    }
}
