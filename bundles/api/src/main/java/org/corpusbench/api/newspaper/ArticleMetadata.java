package org.corpusbench.api.newspaper;

/**
 * Metadata keys of a newspaper article, as the newspaper splitter sets them on each document.
 * Names are written as printed, without spaces; several values share one key, separated by
 * {@link #NAME_SEPARATOR} (names) or {@link #SEPARATOR} (headlines).
 */
public final class ArticleMetadata {
    /** The main headline. */
    public static final String HEADLINE = "headline";
    /** Kickers and subheadlines, in print order, separated by {@value #SEPARATOR}. */
    public static final String SUBHEADLINE = "subheadline";
    /** The reporters' names (记者), separated by {@value #NAME_SEPARATOR}. */
    public static final String REPORTERS = "reporters";
    /** The correspondents' names (通讯员). */
    public static final String CORRESPONDENTS = "correspondents";
    /** The photographers' names (摄, 摄影, 图). */
    public static final String PHOTOGRAPHERS = "photographers";
    /** The interns' names (实习生). */
    public static final String INTERNS = "interns";
    /** The commentators' names (评论员). */
    public static final String COMMENTATORS = "commentators";
    /** The news agency of a dateline (新华社, 中新网). */
    public static final String AGENCY = "agency";
    /** The bylines and credits as printed, {@value #SEPARATOR} between several: every name above is read from them. */
    public static final String BYLINE = "byline";
    /** The dateline as printed (本报北京12月31日讯（记者 陈思远）). */
    public static final String DATELINE = "dateline";
    /** An organisation credited for the article: （区卫健局）. */
    public static final String CREDIT = "credit";
    /** Where the dateline places the article (本报聊城讯: 聊城). */
    public static final String PLACE = "place";
    /**
     * The date the article reports from, ISO 8601: {@code 2023-03-03}, or {@code --03-03} when the
     * year is not known.
     */
    public static final String DATE = "date";
    /** The page (版) of the issue. */
    public static final String PAGE = "page";
    /** The issue number (期). */
    public static final String ISSUE = "issue";
    /** Separates several headlines in one value. */
    public static final String SEPARATOR = " / ";
    /** Separates names in one value. */
    public static final String NAME_SEPARATOR = "、";

    private ArticleMetadata() {
    }
}
