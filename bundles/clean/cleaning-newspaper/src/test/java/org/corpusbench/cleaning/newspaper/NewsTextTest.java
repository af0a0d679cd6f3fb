package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void readsWireAndReprintDatelinesInBothScripts() {
        Matcher reprint = NewsText.dateline("据新华社上海5月10日电（记者 郭敬丹）记者从上海市获悉");
        assertEquals("新华社", reprint.group("agency"));
        assertEquals("上海", reprint.group("agencyPlace"));
        assertEquals("记者 郭敬丹", reprint.group("credit"));
        Matcher web = NewsText.dateline("中新网5月10日电 近期，多地出台措施");
        assertEquals("中新网", web.group("agency"));
        assertEquals("10", web.group("day"));
        assertEquals("據新華社北京5月10日電", NewsText.dateline("據新華社北京5月10日電 近期").group().strip());
    }

    @Test
    void readsTaiwanAndHongKongDatelines() {
        Matcher taiwan = NewsText.dateline("〔記者林佳慧／台北報導〕台北市環保局昨日表示");
        assertEquals("記者林佳慧", taiwan.group("bracketCredit"));
        assertEquals("台北", taiwan.group("bracketPlace"));
        Matcher hongKong = NewsText.dateline("【本報訊】記者 張詠琪 報道：除夕夜維多利亞港");
        assertEquals("記者 張詠琪 報道：", hongKong.group("inlineCredit"));
        assertEquals("除夕夜維多利亞港", "【本報訊】記者 張詠琪 報道：除夕夜維多利亞港".substring(hongKong.end()));
    }

    @Test
    void aBulletedBylineSharingItsLineLeavesTheRestToTheBody() {
        String line = "■ 本报记者 刘洋 就您所谈的问题，记者采访了市住建局。";
        Matcher byline = NewsText.dateline(line);
        assertEquals("本报记者 刘洋", byline.group("bulletCredit"));
        assertEquals("就您所谈的问题，记者采访了市住建局。", line.substring(byline.end()));
        assertEquals("■ 本報記者 劉洋", NewsText.dateline("■ 本報記者 劉洋 就您所談的問題，").group().strip());
        assertNull(NewsText.dateline("■ 不管未来谁站上领奖台，都要尊重每一位对手。"));
    }

    @Test
    void columnLabelsAreGenericSectionNamesWithAnOptionalPageCode() {
        for (String label : new String[] {"要闻", "港聞", "时政动态", "東昌府新聞", "6国际新闻", "A8生活", "A06文体新闻", "财经·综合", "社論", "目击"}) {
            assertTrue(NewsText.isColumnLabel(label), label);
        }
        assertFalse(NewsText.isColumnLabel("全国铁路元旦假期"));
        assertFalse(NewsText.isColumnLabel("乡村振兴"), "not a generic name: only the page head takes it");
    }

    @Test
    void aBulletedHeadingIsShortAndUnpunctuated() {
        assertTrue(NewsText.isBulletedHeading("■ 赛事速递"));
        assertTrue(NewsText.isBulletedHeading("■ 賽事速遞"));
        assertFalse(NewsText.isBulletedHeading("●开放时间 每天9时至21时"));
        assertFalse(NewsText.isBulletedHeading("■ 本报记者 刘洋"));
    }

    @Test
    void photoCreditsEndWithAPhotoMark() {
        assertTrue(NewsText.isPhotoCredit("（新华社记者 周 密摄）"));
        assertTrue(NewsText.isPhotoCredit("（記者張志明攝）"));
        assertFalse(NewsText.isPhotoCredit("（通讯员 王强 李梅）"));
    }

    @Test
    void bareNamesInBracketsCloseAParagraphButAnOrganisationDoesNot() {
        assertEquals("岳耀军", NewsText.trailingCredit("12支球队展开角逐。（岳耀军）").group("names"));
        assertEquals("岳耀軍", NewsText.trailingCredit("12支球隊展開角逐。（岳耀軍）").group("names"));
        assertNull(NewsText.trailingCredit("专家进行了讲解。（区卫健局）"), "an organisation: the standalone credit's business, not a name");
        assertNull(NewsText.trailingCredit("活动吸引了众多市民。（完）"));
    }

}
