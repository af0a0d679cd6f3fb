package org.corpusbench.cleaning.newspaper;

import java.util.Set;

/**
 * Chinese surnames, for telling a byline of bare names (□ 胡磊 薛良诚) from a bulleted heading or
 * list item (■ 赛场内外, ● 收费标准): about 300 common single-character surnames and the compound
 * ones still in use, written for this project from the common-surname rankings; a name with a rarer
 * surname only loses the byline reading when no role word (记者, 通讯员...) stands beside it, and its
 * line then stays in the body, where nothing is lost.
 */
final class Surnames {
    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
            + "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
            + "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师"
            + "和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊"
            + "仝区郜海阎练茅乌帅逯鹿揭綦亓展那修";
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
            "司徒", "夏侯", "端木", "宇文", "长孙", "独孤", "南宫", "西门", "闻人", "申屠");

    private Surnames() {
    }

    /**
     * @param name two to four Han characters
     * @return whether it starts with a known surname and has one or more characters after it
     */
    static boolean startsName(String name) {
        int length = name.codePointCount(0, name.length());
        if (length >= 3 && COMPOUND.contains(name.substring(0, 2))) {
            return true;
        }
        return length >= 2 && SINGLE.indexOf(name.codePointAt(0)) >= 0;
    }
}
