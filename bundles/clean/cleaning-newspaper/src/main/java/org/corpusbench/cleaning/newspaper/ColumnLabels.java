package org.corpusbench.cleaning.newspaper;

/**
 * The generic names of newspaper sections and columns, in simplified and traditional characters:
 * the labels a page prints above its articles (要闻, 港聞, 观点, 目击). Written for this project from
 * the section names Chinese dailies and evening papers use; a paper's own section names that end
 * in 新闻 or 动态 are recognised by that ending instead (see {@link FurnitureRemover#COLUMN_LABEL}).
 */
final class ColumnLabels {
    /** The names as a regular-expression alternation, longest first where one contains another. */
    static final String WORDS = "读者来信|讀者來信|要闻|要聞|时政|時政|经济|經濟|财经|財經|体育|體育|文体|文體|天气|天氣|国际|國際"
            + "|国内|國內|综合|綜合|社会|社會|社论|社論|评论|評論|时评|時評|短评|短評|观点|觀點|目击|目擊|港闻|港聞|城事|生活"
            + "|文化|教育|科技|民生|健康|副刊|专版|專版|地方|本地|法治|理论|理論|视点|視點|焦点|焦點";

    private ColumnLabels() {
    }
}
