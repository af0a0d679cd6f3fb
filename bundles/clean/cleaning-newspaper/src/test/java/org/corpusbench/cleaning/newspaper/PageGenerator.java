package org.corpusbench.cleaning.newspaper;

import java.util.List;
import java.util.Random;

/**
 * Generates newspaper pages from the shapes real pages print, in either script, hard-wrapped to a
 * random column: mastheads and section labels, headlines with kickers and subtitles, bylines (bulleted,
 * wrapped, sharing the body's line), datelines of every form, body paragraphs with numbers, bulleted
 * list items, captions with photo credits, letters with signatures, commentary without byline.
 */
final class PageGenerator {
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "欧阳", "趙", "鄭", "区", "司马");
    private static final String GIVEN = "磊伟芳娜秀英敏静丽强军洋勇艳杰娟涛明超霞平刚桂英华志偉嘉欣";
    private static final String PROSE = "记者从市统计局获悉全市经济运行稳中有进各项指标好于预期群众生活持续改善城市建设加快推进乡村振兴扎实开展"
            + "記者從市統計局獲悉全市經濟運行穩中有進各項指標好於預期";
    private static final List<String> MASTHEADS = List.of("华夏日报\nHUAXIA RIBAO\n2024年1月1日 星期一\n第1版 要闻", "港聞", "体育\n2024年5月20日",
            "寶島日報\n中華民國113年2月11日 星期日\nA8 生活", "第5版 评论", "开局之年起好步 关键之年拓新局\n\n时政动态");
    private static final List<String> DATELINES = List.of("本报讯（记者 %s）", "本报北京12月31日讯（记者 %s 通讯员 %s）", "新华社北京5月11日电（记者 %s）",
            "据新华社上海5月10日电（记者 %s）", "中新网5月10日电 ", "【本報訊】記者 %s 報道：", "〔記者%s／台北報導〕", "本報訊（記者 %s）", "东昌府讯 ",
            "■ 本报记者 %s ");

    private PageGenerator() {
    }

    static String page(Random random) {
        StringBuilder page = new StringBuilder();
        if (random.nextBoolean()) {
            page.append(pick(MASTHEADS, random)).append("\n\n");
        }
        int column = 10 + random.nextInt(12);
        for (int a = 1 + random.nextInt(4); a > 0; a--) {
            article(page, random, column);
            page.append('\n');
        }
        return page.toString();
    }

    private static void article(StringBuilder page, Random random, int column) {
        if (random.nextInt(4) == 0) {
            page.append(pick(List.of("新界東北", "本地旅遊業", "东阿瑞泓水务", "目击", "社論"), random)).append('\n');
        }
        page.append(prose(random, 6 + random.nextInt(10))).append('\n');
        if (random.nextInt(3) == 0) {
            page.append("——").append(prose(random, 8)).append('\n');
        }
        switch (random.nextInt(5)) {
            case 0 -> page.append("□记者 ").append(name(random)).append(" 通讯员 ").append(name(random)).append(" 报道\n");
            case 1 -> page.append("本报记者 ").append(name(random)).append('\n');
            case 2 -> page.append("本报评论员\n");
            default -> {
            }
        }
        page.append('\n');
        String dateline = random.nextBoolean() ? String.format(pick(DATELINES, random), name(random), name(random)) : "";
        wrap(page, "  " + dateline + paragraph(random), column);
        for (int p = random.nextInt(3); p > 0; p--) {
            switch (random.nextInt(5)) {
                case 0 -> page.append(pick(List.of("●", "■ ", "▲", "◆"), random)).append(prose(random, 3 + random.nextInt(8))).append('\n');
                case 1 -> page.append(prose(random, 4)).append(' ').append(name(random)).append("\n2024年1月").append(1 + random.nextInt(28))
                        .append("日\n");
                case 2 -> page.append("（").append(pick(List.of("本报记者 ", "新华社记者 ", "記者", ""), random)).append(name(random))
                        .append(random.nextBoolean() ? " 摄）\n" : "）\n");
                default -> wrap(page, "  " + paragraph(random), column);
            }
        }
    }

    private static void wrap(StringBuilder page, String paragraph, int column) {
        int[] cps = paragraph.codePoints().toArray();
        for (int i = 0; i < cps.length; i += column) {
            page.append(new String(cps, i, Math.min(column, cps.length - i))).append('\n');
        }
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        for (int s = 1 + random.nextInt(3); s > 0; s--) {
            text.append(random.nextInt(3)).append(random.nextInt(10)).append("月").append(1 + random.nextInt(28)).append("日，")
                    .append(prose(random, 8 + random.nextInt(20))).append("，").append(random.nextInt(100000)).append("万元")
                    .append(prose(random, 5 + random.nextInt(10))).append(pick(List.of("。", "！", "？", "。”"), random));
        }
        return text.toString();
    }

    private static String prose(Random random, int length) {
        int start = random.nextInt(PROSE.length() - length);
        return PROSE.substring(start, start + length);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder(pick(SURNAMES, random));
        for (int g = 1 + random.nextInt(2); g > 0; g--) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
