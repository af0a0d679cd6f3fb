package org.corpusbench.cleaning.newspaper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbench.api.TokenType;

/**
 * What a line of a Chinese newspaper page is, judged from its text alone: the shapes of bylines
 * (■ 本报记者 王培源), datelines (本报讯（记者 赵宗锋）, 本报聊城讯, 东昌府讯, 新华社北京3月5日电), credits
 * ((通讯员 王学丽), 区综合行政执法局 摄, 《人民日报》) and of the end of a sentence. Shared by the
 * rejoin step, which must not join across them, and the article splitter, which reads them.
 */
public final class NewsText {
    /** What opens a byline, a list item or a bulleted heading. */
    private static final String BULLETS = "■□●◆▲";
    /** Every first character {@link #BYLINE} allows: a bullet, or the first of 本报, 特约, 见习, 记者, 新华社, 评论员. */
    private static final String BYLINE_FIRST = BULLETS + "本特见見记記新评評";
    /** What {@link #BYLINE} never ends with: each of its branches ends in a name or a role word. */
    private static final String BYLINE_NEVER_LAST = "。，,；;！!？?";
    /** The line terminators after which {@code $} still matches: a pattern ending in {@code $} may end there too. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
    private static final Pattern BYLINE = Pattern.compile(
            "^[■□●◆▲]\\s*(?<names>[^。，,；;！!？?]{2,40})$|^(?<names2>(?:本[报報])?(?:特约|见习|特約|見習)?[记記]\\s?者\\s+[^。，,；;！!？?]{2,36})$"
                    + "|^(?<commentator>(?:本[报報]|新[华華]社)?(?:特约|特約)?(?:评论员|評論員)(?:\\s+\\p{IsHan}{2,4})?)$");
    /**
     * A dateline opening a paragraph, with the credit in brackets that often follows it; in simplified
     * or traditional characters (本报讯, 本报北京12月31日电, 【本報訊】, 新華社香港12月30日電, 据新华社, 中新网5月10日电,
     * 〔記者林佳慧／台北報導〕, 【本報訊】記者 張詠琪 報道：). A bulleted byline sharing its line with the
     * body (■ 本报记者 刘洋 就您所谈的问题，…) opens the paragraph the same way: names of two to four
     * characters after the role word, the rest of the line is body.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:【?本[报報](?<place>\\p{IsHan}{0,6}?)(?:(?<localMonth>\\d{1,2})月(?<localDay>\\d{1,2})日)?[讯訊电電]】?"
                    + "|(?<district>\\p{IsHan}{2,5})[讯訊](?=\\s|\\d)"
                    + "|[据據]?(?<agency>新华社|新華社|中新社|中新网|中新網)(?<agencyPlace>\\p{IsHan}{0,6}?)"
                    + "(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?[电電]"
                    + "|[■□●◆▲]\\s*(?<bulletCredit>(?:本[报報])?(?:特约|见习|特約|見習)?[记記]者(?:\\s+\\p{IsHan}{2,4}){1,3})(?=\\s+\\S)"
                    + "|〔(?<bracketCredit>[^〔〕／/]{1,30})[／/](?<bracketPlace>\\p{IsHan}{2,6}?)(?:综合|綜合)?[报報][导導道]〕)"
                    + "\\s*(?:[（(](?<credit>[^（）()]{1,40})[）)]|(?<inlineCredit>[记記]者[^：:。，]{2,16}?[报報][导導道][：:]))?\\s*");
    /** Where a dateline's 讯 or 电 comes at the latest: 【本报 + a place of 6 + 12月31日 + 讯, or 据新华社 + 6 + 12月31日 + 电. */
    private static final int DATELINE_REACH = 24;
    /** The first characters of the datelines of the paper and of the agencies: 【本报, 本报, 据新华社, 新华社, 中新网. */
    private static final String DATELINE_OPENERS = "【本据據新中";
    /** Where a district's 讯 comes at the latest, in chars: after five Han characters, each perhaps a surrogate pair. */
    private static final int DISTRICT_REACH = 11;
    /** A credit standing alone: （通讯员 王学丽）, （区卫健局）, 区综合行政执法局 摄, 《人民日报》. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:[（(](?<credit>[^（）()]{2,40})[）)]|(?<photo>\\S[^。，,]{1,24}?)\\s?[摄攝]|《(?<source>[^《》]{2,20})》)$");
    /** A credit closing the last paragraph of an article: ……社会风气。（融媒体 全兴社）. */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[。！？!?”])[（(](?:(?<credit>(?:通讯员|通訊員|融媒体|融媒體|记者|記者|本报记者|本報記者|实习生|實習生)[^（）()]{1,30})"
                    + "|(?<names>\\p{IsHan}{2,4}(?:\\s\\p{IsHan}{2,4}){0,2}))[）)]$");
    /** A date that a lead or a line may start with: 2023年12月23日, 3月3日. */
    private static final Pattern DATE = Pattern.compile("(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月(?<day>\\d{1,2})日");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final Pattern COLUMN_LABEL = Pattern.compile(FurnitureRemover.COLUMN_LABEL);
    /** Every last character a column label can have: that of a section name, or of 新闻 or 动态 (the pattern matches whole lines). */
    private static final String COLUMN_LABEL_LAST = lastCharacters(ColumnLabels.WORDS + "|新闻|新聞|动态|動態");
    private static final String SENTENCE_END = "。！？!?…；;：:";
    private static final String CLOSING = "”’」』）)》";
    /** How long a title may be, in code points: the seeds' longest two-line headline has 59. */
    static final int TITLE_MAX_LENGTH = 64;
    /** The longest bulleted heading, bullet included, in code points. */
    private static final int BULLETED_HEADING_MAX = 12;

    private NewsText() {
    }

    /** @return whether the line is a byline on its own: ■ 本报记者 王培源, □记者 高田 通讯员 田柏林 报道 */
    public static boolean isByline(String line) {
        return bylineNames(line) != null;
    }

    /** @return the names part of a standalone byline, or null */
    static String bylineNames(String line) {
        // every byline opens with a bullet, 本, 特, 见, 记, 新 or 评 and has 记者 or 评论员: most lines
        // are rejected without the pattern, whose matcher costs more than the match
        if (line.isEmpty() || BYLINE_FIRST.indexOf(line.charAt(0)) < 0 || BYLINE_NEVER_LAST.indexOf(line.charAt(line.length() - 1)) >= 0
                || BULLETS.indexOf(line.charAt(0)) < 0 && line.indexOf('者') < 0 && line.indexOf('员') < 0 && line.indexOf('員') < 0) {
            return null;
        }
        Matcher matcher = BYLINE.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String bulleted = matcher.group("names");
        if (bulleted != null) {
            // A bullet opens headings and list items too: only names or a role word make it a byline.
            return Bylines.readsAsByline(bulleted) ? bulleted : null;
        }
        String labelled = matcher.group("names2") != null ? matcher.group("names2") : matcher.group("commentator");
        return Bylines.readsAsByline(labelled) ? labelled : null;
    }

    /** @return a matcher positioned after the dateline that opens the paragraph, or null if none does */
    static Matcher dateline(String paragraph) {
        // every dateline opens with a bullet or 〔, or has 讯, 訊, 电 or 電 among its first characters; one
        // that opens with neither 本, 据, 新, 中 nor 【 can only be a district's (东昌府讯), with 讯 sooner
        if (paragraph.isEmpty()) {
            return null;
        }
        char first = paragraph.charAt(0);
        if (BULLETS.indexOf(first) < 0 && first != '〔' && (DATELINE_OPENERS.indexOf(first) >= 0
                ? !containsAny(paragraph, "讯訊电電", DATELINE_REACH) : !containsAny(paragraph, "讯訊", DISTRICT_REACH))) {
            return null;
        }
        Matcher matcher = DATELINE.matcher(paragraph);
        return matcher.lookingAt() ? matcher : null;
    }

    /** @return whether a dateline opens the line */
    public static boolean startsWithDateline(String line) {
        return dateline(line) != null;
    }

    /** @return a matcher of a standalone credit, or null */
    static Matcher credit(String line) {
        if (line.isEmpty() || "）)摄攝》".indexOf(line.charAt(line.length() - 1)) < 0) {
            return null; // a credit ends with a bracket, 摄 or 》
        }
        Matcher matcher = CREDIT.matcher(line);
        return matcher.matches() ? matcher : null;
    }

    /** @return whether the line is a credit on its own */
    public static boolean isCredit(String line) {
        return credit(line) != null;
    }

    /**
     * @return a matcher of the credit closing the paragraph, or null: role words and names (group
     *         {@code credit}), or bare names that start with a surname (group {@code names}: ……展开角逐。（岳耀军）)
     */
    static Matcher trailingCredit(String paragraph) {
        if (!endsWithClosingBracket(paragraph)) {
            return null; // the pattern's last character: most paragraphs end with a full stop
        }
        Matcher matcher = TRAILING_CREDIT.matcher(paragraph);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group("names") == null || Bylines.readsAsByline(matcher.group("names")) ? matcher : null;
    }

    /** @return a matcher of the first date in the text, or null */
    static Matcher firstDate(CharSequence text) {
        Matcher matcher = DATE.matcher(text);
        return matcher.find() ? matcher : null;
    }

    /** @return whether the text starts with a date (a photo caption or a lead without dateline) */
    static boolean startsWithDate(String text) {
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return false; // a date opens with a digit (\d is ASCII only)
        }
        return DATE.matcher(text).lookingAt();
    }

    /** @return whether the line is only a date, as under a letter's signature */
    public static boolean isDateOnly(String line) {
        return line.endsWith("日") && Character.isDigit(line.charAt(0)) && DATE_ONLY.matcher(line).matches();
    }

    /**
     * @return whether the text ends a sentence: 。！？…；： possibly followed by closing quotes or
     *         brackets
     */
    public static boolean endsSentence(CharSequence text) {
        int i = text.length();
        while (i > 0 && CLOSING.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * A title candidate by its shape: short, not ending a sentence, no full stop inside, neither byline,
     * credit nor dateline. Whether it is a title depends on what follows it.
     */
    public static boolean looksLikeTitle(String text) {
        if (text.length() > 2 * TITLE_MAX_LENGTH) {
            return false; // more code points than a title has, without counting them in a long paragraph
        }
        int length = text.codePointCount(0, text.length());
        return length > 0 && length <= TITLE_MAX_LENGTH && !endsSentence(text) && text.indexOf('。') < 0
                && !isByline(text) && !isCredit(text) && !startsWithDateline(text) && !isDateOnly(text)
                && !startsWithBullet(text);
    }

    /** @return whether the text opens with a bullet (■ □ ● ◆ ▲): a byline, a list item or a bulleted heading, never a headline */
    static boolean startsWithBullet(String text) {
        return !text.isEmpty() && BULLETS.indexOf(text.codePointAt(0)) >= 0;
    }

    /** @return whether the text is a bulleted heading (■ 赛场内外, ■ 赛事速递): a bullet, a few words, no punctuation, no byline */
    static boolean isBulletedHeading(String text) {
        return startsWithBullet(text) && text.codePointCount(0, text.length()) <= BULLETED_HEADING_MAX
                && text.codePoints().skip(1).allMatch(cp -> TokenType.isHan(cp) || cp == ' ') && !isByline(text);
    }

    /** @return whether the text opens an article: a byline, a dateline, or a lead that starts with a date */
    public static boolean opensArticle(String text) {
        return isByline(text) || startsWithDateline(text)
                || isDatedLead(text) && text.codePointCount(0, text.length()) > TITLE_MAX_LENGTH / 2;
    }

    /** @return whether the line credits a photo: it ends with 摄 or 摄影, inside a closing bracket or not */
    static boolean isPhotoCredit(String line) {
        String text = line.endsWith("）") || line.endsWith(")") ? line.substring(0, line.length() - 1) : line;
        return text.endsWith("摄") || text.endsWith("攝") || text.endsWith("摄影") || text.endsWith("攝影");
    }

    /** @return whether the text starts with a date and goes on as a sentence: 5月18日，市青少年足球联赛… */
    static boolean isDatedLead(String text) {
        return startsWithDate(text) && text.indexOf('，') > 0;
    }

    /** @return whether the line is a section or column label (要闻, 目击, 港聞, 6国际新闻), never a headline */
    static boolean isColumnLabel(String line) {
        return line.length() <= 16 && !line.isEmpty() && COLUMN_LABEL_LAST.indexOf(line.charAt(line.length() - 1)) >= 0
                && COLUMN_LABEL.matcher(line).matches();
    }

    /** @return whether the text reads as prose rather than a title or a label: it has a comma, or is longer than a title */
    static boolean isProse(String text) {
        return text.indexOf('，') >= 0 || text.indexOf(',') >= 0 || text.codePointCount(0, text.length()) > TITLE_MAX_LENGTH / 2;
    }

    /** @return whether one of {@code chars} is among the first {@code reach} characters of {@code text} */
    private static boolean containsAny(String text, String chars, int reach) {
        for (int i = 0, end = Math.min(reach, text.length()); i < end; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the text ends with a closing bracket, or with one before a final line
     *         terminator, where a pattern's {@code $} matches as well
     */
    private static boolean endsWithClosingBracket(String text) {
        int end = text.length();
        if (end > 0 && LINE_TERMINATORS.indexOf(text.charAt(end - 1)) >= 0) {
            return true; // rare: left to the pattern
        }
        return end > 0 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')');
    }

    /** @return the last character of each word of an alternation (words|of|it) */
    private static String lastCharacters(String alternation) {
        StringBuilder last = new StringBuilder();
        for (String word : alternation.split("\\|")) {
            last.append(word.charAt(word.length() - 1));
        }
        return last.toString();
    }
}
