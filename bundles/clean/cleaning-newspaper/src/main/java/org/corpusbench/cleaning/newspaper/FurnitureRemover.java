package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.newspaper.ArticleMetadata;

/**
 * Removes page furniture, the lines that belong to the page rather than to an article (masthead,
 * issue number, the staff on duty, pointers to other pages, the "today's guide" box), and keeps what
 * they say about the page as metadata: the named groups {@code year}, {@code month} and {@code day}
 * of a matching pattern give {@code issue.date}, {@code issue} gives {@link Article#ISSUE} and
 * {@code page} gives {@link Article#PAGE}. The removed lines are kept, too, under {@code furniture}.
 *
 * <p>Works on whole lines, so it runs before the rejoin step. A removed line takes its line break and
 * a blank line before it with it, so no run of blank lines is left behind. Immutable and thread-safe.
 */
public final class FurnitureRemover {
    /** Metadata key: the removed lines, separated by {@value #LINE_SEPARATOR}. */
    public static final String FURNITURE = "furniture";
    /** Metadata key: the issue's date, ISO 8601. */
    public static final String ISSUE_DATE = "issue.date";
    static final String LINE_SEPARATOR = " | ";

    /** A pointer to another page: 详细报道见第7版. */
    public static final String POINTER = "详细报道见第\\d+版";
    /** The paper's description under its title: 中共聊城市委机关报. */
    public static final String ORGAN = "中共\\S{1,12}机关报";
    /** The label of the serial number: 国内统一连续出版物号. */
    public static final String SERIAL_LABEL = "国内统一连续出版物号";
    /** The serial number, with what follows it on the line: CN 37-0048 公众号新聊城. */
    public static final String SERIAL_NUMBER = "CN\\s?\\d{2}-\\d{4}.*";
    /** The title in pinyin, with the page it may share its line with: LIAOCHENG RIBAO, HUAXIA RIBAO 第1版. */
    public static final String PINYIN_TITLE = "[A-Z][A-Z ]{5,}(\\s?第(?<page>\\d+)版)?";
    /** The staff on duty: 值班编委：邹辉 责编：王博. */
    public static final String STAFF = "(值班编委|值班审核|责任编辑|责编|编辑|美编|校对|组版)[：:].*";
    /**
     * The issue's date with weekday and lunar date, after the paper's name: 2024年12月4日 星期三 甲辰年十一月初四,
     * 华夏日报 2024年4月13日 星期六, 聊城日报2024年3月12日; a date alone is no masthead (a letter's signature has one).
     */
    public static final String ISSUE_DATE_LINE =
            "(?=.*星期|\\p{IsHan}{1,6}[报報])(\\p{IsHan}{2,8}\\s?)?(?<year>\\d{4})年(?<month>\\d{1,2})月(?<day>\\d{1,2})日\\s?(星期[一二三四五六日天](\\s\\S+)?)?";
    /** The publisher: 聊城日报社出版. */
    public static final String PUBLISHER = "\\S{2,10}报社出版";
    /** The issue number and page count: 第10244期 今日8版, or the page count alone. */
    public static final String ISSUE_LINE = "第(?<issue>\\d+)期(\\s?今日\\d+版)?|今日\\d+版";
    /** A page heading: 第3版 要闻, 第2版综合新闻 (OCR'd pages lose the space). */
    public static final String PAGE_LINE = "第(?<page>\\d+)版(\\s?\\S{2,8})?";
    /** An issue date in the Republic of China's years, as Taiwanese papers print it: 中華民國113年2月11日 星期日. */
    public static final String ROC_DATE_LINE = "中[華华]民[國国]\\d{2,3}年\\d{1,2}月\\d{1,2}日(\\s?星期[一二三四五六日天])?";
    /**
     * A section or column label standing on its own line, with the page code it may share the line
     * with: 要闻, 港聞, 时政动态, 东昌府新闻, 财经·综合, 6国际新闻, A8生活, A06文体新闻. The words are the
     * generic section names of Chinese papers in both scripts; any two to four characters before
     * 新闻 or 动态 name a section too. Not a default pattern: inside a page such a label closes an
     * article rather than vanishing (the splitter reads it), and at the page's head
     * {@link PageHead} takes it.
     */
    public static final String COLUMN_LABEL = "(?:[A-Z]?\\d{1,2}\\s?)?(?:" + ColumnLabels.WORDS + "|\\p{IsHan}{2,4}(?:新闻|新聞|动态|動態))"
            + "(?:[·・](?:" + ColumnLabels.WORDS + "))*(?:新闻|新聞|动态|動態)?";
    /** The heading of the box of pointers to other pages. */
    public static final String GUIDE_HEADING = "今日导读";
    /** The furniture patterns of a Chinese daily, the step's defaults. */
    public static final List<String> DEFAULTS = List.of(POINTER, ORGAN, SERIAL_LABEL, SERIAL_NUMBER, PINYIN_TITLE, STAFF,
            ISSUE_DATE_LINE, PUBLISHER, ISSUE_LINE, PAGE_LINE, ROC_DATE_LINE);
    private static final int GUIDE_ENTRY_MAX_LENGTH = 32;
    private static final Pattern DATE_ONLY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /**
     * For each default pattern, what a line it matches must have, read off the pattern: tried first,
     * since most lines of a page are no furniture and trying eleven patterns on each was the step's
     * largest cost. A pattern given by a user is tried on every line.
     */
    private static final Map<String, Predicate<String>> MAY_MATCH = Map.ofEntries(
            Map.entry(POINTER, line -> line.startsWith("详细报道见第")),
            Map.entry(ORGAN, line -> line.startsWith("中共")),
            Map.entry(SERIAL_LABEL, line -> line.startsWith(SERIAL_LABEL)),
            Map.entry(SERIAL_NUMBER, line -> line.startsWith("CN")),
            Map.entry(PINYIN_TITLE, line -> line.charAt(0) >= 'A' && line.charAt(0) <= 'Z'),
            Map.entry(STAFF, line -> "值责编美校组".indexOf(line.charAt(0)) >= 0),
            Map.entry(ISSUE_DATE_LINE, line -> line.indexOf('年') >= 0 && line.indexOf('日') >= 0), // a paper's name may open with 年
            Map.entry(PUBLISHER, line -> line.endsWith("报社出版")),
            Map.entry(ISSUE_LINE, line -> line.charAt(0) == '第' || line.startsWith("今日")),
            Map.entry(PAGE_LINE, line -> line.charAt(0) == '第'),
            Map.entry(ROC_DATE_LINE, line -> line.charAt(0) == '中'));

    private final List<Pattern> patterns;
    /** Per pattern, whether a line may match it: a cheap test before the matcher. */
    private final List<Predicate<String>> mayMatch;
    private final Pattern guideHeading;

    /**
     * @param patterns regular expressions a furniture line matches entirely
     * @param guideHeading the heading of a guide box whose entries (short lines) follow it
     * @throws IllegalArgumentException naming the pattern that does not compile
     */
    public FurnitureRemover(List<String> patterns, String guideHeading) {
        this.patterns = patterns.stream().filter(p -> !p.isBlank()).map(FurnitureRemover::compile).toList();
        this.mayMatch = patterns.stream().filter(p -> !p.isBlank()).map(p -> MAY_MATCH.getOrDefault(p, line -> true)).toList();
        this.guideHeading = compile(guideHeading);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Furniture pattern '" + regex + "' is not a regular expression: "
                    + e.getDescription(), e);
        }
    }

    /**
     * @param text the output of the whitespace and width steps
     * @return the text without furniture, with the page's metadata
     */
    public CleanedText remove(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] furniture = new boolean[lines.length];
        LineOutput out = new LineOutput();
        List<String> removed = new ArrayList<>();
        boolean inGuide = false;
        Matcher[] matchers = new Matcher[patterns.size()]; // one per pattern and page, reset per line: no allocation per line
        for (int p = 0; p < matchers.length; p++) {
            matchers[p] = patterns.get(p).matcher("");
        }
        Matcher guide = guideHeading.matcher("");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (inGuide && line.codePointCount(0, line.length()) <= GUIDE_ENTRY_MAX_LENGTH && NewsText.looksLikeTitle(line)) {
                furniture[i] = true;
            } else if (guide.reset(line).matches()) {
                furniture[i] = true;
                inGuide = true;
            } else {
                inGuide = false;
                furniture[i] = matchAny(line, matchers, mayMatch, out);
            }
        }
        PageHead.mark(lines, furniture);
        if (!out.hasMetadata(ISSUE_DATE)) {
            issueDateOfHead(lines, furniture, out);
        }
        for (int i = 0; i < lines.length; i++) {
            if (furniture[i]) {
                removed.add(lines[i].strip());
            }
        }
        int offset = 0;
        boolean written = false;
        boolean blankPending = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (furniture[i]) {
                out.count("furniture.lines", 1);
            } else if (line.isEmpty()) {
                blankPending = written;
            } else {
                if (written) {
                    out.append('\n', offset - 1);
                    if (blankPending) {
                        out.append('\n', offset - 1);
                    }
                }
                out.appendLine(line, offset);
                written = true;
                blankPending = false;
            }
            offset += line.codePointCount(0, line.length()) + 1;
        }
        if (!removed.isEmpty()) {
            out.metadata(FURNITURE, String.join(LINE_SEPARATOR, removed));
        }
        return out.build(offset - 1);
    }

    /** A date alone in the page's head (体育 / 2024年5月20日) is the issue's date when no masthead line gave one. */
    private static void issueDateOfHead(String[] lines, boolean[] furniture, LineOutput out) {
        for (int i = 0; i < lines.length && (furniture[i] || lines[i].isBlank()); i++) {
            Matcher date = DATE_ONLY.matcher(lines[i].strip());
            if (furniture[i] && date.matches()) {
                out.metadata(ISSUE_DATE, String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))));
            }
        }
    }

    private static boolean matchAny(String line, Matcher[] matchers, List<Predicate<String>> mayMatch, LineOutput out) {
        for (int p = 0; p < matchers.length; p++) {
            Matcher matcher = matchers[p];
            if (mayMatch.get(p).test(line) && matcher.reset(line).matches()) {
                String year = group(matcher, "year");
                String month = group(matcher, "month");
                String day = group(matcher, "day");
                if (year != null && month != null && day != null) {
                    out.metadata(ISSUE_DATE, String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day)));
                }
                if (group(matcher, "issue") != null) {
                    out.metadata(ArticleMetadata.ISSUE, group(matcher, "issue"));
                }
                if (group(matcher, "page") != null) {
                    out.metadata(ArticleMetadata.PAGE, group(matcher, "page"));
                }
                return true;
            }
        }
        return false;
    }

    /** @return the named group's value, or null when the pattern has no such group or it did not take part */
    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
