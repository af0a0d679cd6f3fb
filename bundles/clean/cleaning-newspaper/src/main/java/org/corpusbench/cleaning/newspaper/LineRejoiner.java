package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.corpusbench.api.CleanedText;

/**
 * Rejoins lines that PDF extraction hard-wrapped, leaving one line per paragraph, and decides each
 * paragraph break from evidence rather than from blank lines alone:
 * <ul>
 * <li>a byline, dateline, credit or date line always starts or ends a paragraph, and so does an
 * indented line or one opening with a bullet (■ □ ● ◆ ▲: a list item or heading); so does a line opening with a dash (a subtitle), unless it continues a full line
 * that stops mid-sentence (a wrap);</li>
 * <li>a line that ends a sentence ends its paragraph when a blank line follows, or when it is
 * clearly shorter than the column (the median line length) in a hard-wrapped text; in a text that
 * already has a paragraph per line (column width above {@value #WRAPPED_COLUMN_MAX}), it always does;</li>
 * <li>a line that stops mid-sentence continues on the next line, across a blank line too (PDF column
 * breaks: 创造新 / blank / 的更大成绩), unless a title stands on either side of the blank line.</li>
 * </ul>
 * A block of lines (between blank lines) is a title when it looks like one (short, no sentence end,
 * see {@link NewsText#looksLikeTitle}) and is the first block (without a comma), the last block, a subtitle, or is
 * followed by a block that opens an article or by another title. That is what tells the headline
 * 人小爱心大 争做文明小卫士 (a dated caption follows) from the column-break fragment 观摩组对张炉集镇农村人居环境
 * (its sentence goes on).
 *
 * <p>Chinese joins without a space; two Latin letters or digits keep one space between them,
 * except two digits: a number wrapped across lines is joined whole.
 * Indentation (one leading space after the whitespace step) is removed. Stateless and thread-safe.
 */
public final class LineRejoiner {
    /** Above this median line length, a text has a paragraph per line rather than hard wraps. */
    static final int WRAPPED_COLUMN_MAX = 40;
    private static final int SHORT_BY = 2;
    /** The longest kicker over a headline, in code points. */
    private static final int KICKER_MAX = 5;
    /** The least share of lines with punctuation in a hard-wrapped text, in percent. */
    private static final int PROSE_LINES_PERCENT = 30;
    /** The fewest lines whose lengths and punctuation are judged; a shorter text counts as wrapped prose. */
    private static final int LINES_JUDGED_MIN = 6;
    /** The longest label of a field line, in code points. */
    private static final int FIELD_LABEL_MAX = 4;
    /** The largest share of lines ending a sentence in a hard-wrapped text, in percent. */
    private static final int SENTENCE_LINES_PERCENT = 50;
    /** The longest signature line of a letter, in code points. */
    static final int SIGNATURE_MAX = 20;
    /** The longest rest of a wrapped byline or credit, in code points. */
    private static final int BYLINE_REST_MAX = 14;
    /** What the rest of a wrapped byline or credit is made of: names, role words, spaces, slashes, a closing bracket. */
    private static final String CLAUSE_PUNCTUATION = "，、；：。";
    /** What separates the names of a byline's rest, compiled once rather than by String.split on every call. */
    private static final Pattern SPACES_OR_SLASHES = Pattern.compile("[\\s/]+");
    private static final Pattern BYLINE_REST = Pattern.compile("[\\p{IsHan}\\s/／·]+[）)]?");

    /**
     * @param text the output of the whitespace, width and furniture steps
     * @return one line per paragraph
     */
    public CleanedText rejoin(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        int blanksBefore = 0;
        for (String line : raw) {
            if (line.isBlank()) {
                blanksBefore++;
            } else {
                // any leading whitespace (one space after normalise-whitespace; tabs or U+3000 when it is off)
                String stripped = line.strip();
                int start = offset + line.codePointCount(0, line.length() - line.stripLeading().length());
                boolean indented = start > offset;
                lines.add(Line.of(stripped, start, indented, blanksBefore > 0 && !lines.isEmpty()));
                blanksBefore = 0;
            }
            offset += line.codePointCount(0, line.length()) + 1;
        }
        boolean[] titleBlock = titleBlocks(lines);
        int[] lengths = sortedLengths(lines); // sorted once for the median and the 90th percentile
        int column = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
        boolean wrapped = isHardWrapped(lines, lengths, column);
        boolean prose = isProse(lines);
        LineOutput out = new LineOutput();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i > 0) {
                Line previous = lines.get(i - 1);
                if (isSignature(lines, i) || breaksBetween(previous, line, titleBlock[i - 1] || titleBlock[i], wrapped, prose, column)) {
                    out.append('\n', line.start() - 1);
                    out.count("paragraphs", 1);
                } else {
                    out.count(line.afterBlank() ? "blank.lines.bridged" : "lines.joined", 1);
                    if (needsSpace(out.lastCodePoint(), line.text().codePointAt(0))) {
                        out.append(' ', line.start() - 1);
                    }
                }
            } else {
                out.count("paragraphs", 1);
            }
            out.appendLine(line.text(), line.start());
        }
        return out.build(Math.max(0, offset - 1));
    }

    /**
     * Whether the line is the title of a photo caption whose dated lead follows without a blank line
     * (冬泳爱好者迎新年 / 12月31日，冬泳爱好者在东湖): a block's (or the text's) short first line,
     * title-shaped, before a line that opens with a date and a comma.
     */
    private static boolean isCaptionTitle(Line previous, Line next, int column) {
        return (previous.afterBlank() || previous.start() <= 1) && !next.afterBlank() && previous.length() < column - SHORT_BY
                && NewsText.isDatedLead(next.text()) && NewsText.looksLikeTitle(previous.text());
    }

    /**
     * Whether the line is a kicker over the headline on the next line, not the first half of a
     * wrapped headline: at most {@value #KICKER_MAX} characters over a line at least twice as long
     * (新界東北 / 農地復耕計劃啟動, 本地旅遊業 / 聖誕假期訪港旅客回升), where a wrap leaves halves of
     * about equal length (全国铁路元旦假期 / 运送旅客超千万人次, 以绣花功夫 / 做好城市精细化管理).
     */
    private static boolean isKicker(Line previous, Line next) {
        return !next.afterBlank() && previous.length() <= KICKER_MAX && next.length() >= 2 * previous.length()
                && NewsText.looksLikeTitle(previous.text()) && NewsText.looksLikeTitle(next.text()) && !next.text().startsWith("——");
    }

    /** Whether the line signs a letter: a short line without sentence punctuation right above a date line (读者 王先生 / 2024年3月10日). */
    private static boolean isSignature(List<Line> lines, int i) {
        String text = lines.get(i).text();
        return i + 1 < lines.size() && lines.get(i + 1).dateOnly() && lines.get(i).length() <= SIGNATURE_MAX
                && text.indexOf('，') < 0 && !NewsText.endsSentence(text);
    }

    private static boolean breaksBetween(Line previous, Line next, boolean titleOnEitherSide, boolean wrapped, boolean prose, int column) {
        String before = previous.text();
        String after = next.text();
        if (continuesByline(previous, next) || closesOpenBracket(before, after)) {
            return false;
        }
        if (previous.byline() || previous.credit() || next.byline() || next.credit()
                || next.dateline() || next.dateOnly() || previous.dateOnly() || next.indented()
                || NewsText.startsWithBullet(after) || NewsText.isBulletedHeading(before) && NewsText.isDatedLead(after)
                || previous.columnLabel() || next.columnLabel()
                || next.afterBlank() && endsWithCredit(before) || isCaptionTitle(previous, next, column)
                || titleOnEitherSide && isKicker(previous, next)) {
            return true;
        }
        if (after.startsWith("——")) {
            return !continuesSentence(previous, next, titleOnEitherSide, wrapped, column);
        }
        if (NewsText.endsSentence(before)) {
            return next.afterBlank() || !wrapped || previous.length() < column - SHORT_BY;
        }
        if (!wrapped && !next.afterBlank() || Headings.isNumbered(before) || Headings.isNumbered(after)) {
            return true; // a line of verse, a list or a transcript; a numbered heading
        }
        // a blank line is a column break only in prose: not in verse, not after a field line (地点：市图书馆报告厅)
        return next.afterBlank() && (titleOnEitherSide || !prose || isField(before));
    }

    /** Whether the line is a short field: a label of at most four characters, a colon and a value (时间：2024年4月23日). */
    private static boolean isField(String line) {
        int colon = line.indexOf('：');
        return colon > 0 && colon <= FIELD_LABEL_MAX && line.codePointCount(0, line.length()) <= BYLINE_REST_MAX + FIELD_LABEL_MAX;
    }

    /**
     * Whether the text was hard-wrapped to a column, judged from its lines: a narrow column (median
     * length at most {@value #WRAPPED_COLUMN_MAX}) that few lines exceed (the 90th percentile at most twice
     * the median), at least {@value #PROSE_LINES_PERCENT}% of the lines
     * with punctuation (prose, not verse or a list), and at most {@value #SENTENCE_LINES_PERCENT}% of
     * them ending a sentence (a wrap stops mid-sentence; a transcript's or a list's lines end theirs).
     */
    /** Whether at least {@value #PROSE_LINES_PERCENT}% of the lines have punctuation: prose rather than verse or a list of names. */
    private static boolean isProse(List<Line> lines) {
        if (lines.size() < LINES_JUDGED_MIN) {
            return true;
        }
        long punctuated = lines.stream().filter(line -> hasClausePunctuation(line.text()) || NewsText.endsSentence(line.text())).count();
        return punctuated * 100 >= PROSE_LINES_PERCENT * lines.size();
    }

    private static boolean isHardWrapped(List<Line> lines, int[] lengths, int column) {
        if (column > WRAPPED_COLUMN_MAX || lines.isEmpty()) {
            return false;
        }
        if (lines.size() < LINES_JUDGED_MIN) {
            return true; // too few lines to judge: a narrow column is taken for a wrapped one, as before
        }
        if (lengths[lengths.length * 9 / 10] > 2 * column) {
            return false; // long lines beside short ones: paragraphs and headings, no column
        }
        int punctuated = 0;
        int sentenceEnds = 0;
        for (Line line : lines) {
            boolean ends = NewsText.endsSentence(line.text());
            punctuated += ends || hasClausePunctuation(line.text()) ? 1 : 0;
            sentenceEnds += ends ? 1 : 0;
        }
        return punctuated * 100 >= PROSE_LINES_PERCENT * lines.size() && sentenceEnds * 100 <= SENTENCE_LINES_PERCENT * lines.size();
    }

    /**
     * Whether the next line closes, within its first few characters, a bracket the line left open
     * (本报讯（记者 高明 通讯员 赵 / 雪）2月20日，…): a wrap inside a credit, even when OCR indented it.
     */
    private static boolean closesOpenBracket(String before, String after) {
        int open = before.lastIndexOf('（');
        int close = after.indexOf('）');
        return open >= 0 && before.indexOf('）', open) < 0 && close >= 0 && close <= BYLINE_REST_MAX
                && after.lastIndexOf('（', close) < 0;
    }

    /**
     * Whether the line is the rest of a byline or credit wrapped onto it: right under a byline
     * (□记者 高田 通讯员 孙立 / 群 报道, ■本报记者 郭 / 晓梅 实习生 许诺 报道) or under a credit whose
     * bracket is still open (（记者 赵海波 通讯员 / 刘建）), a short line of names only: Han characters,
     * spaces and slashes, ending in 报道 or the closing bracket, or else made of words of one to three
     * characters (于洋).
     */
    private static boolean continuesByline(Line previous, Line next) {
        String before = previous.text();
        String after = next.text();
        if (next.afterBlank() || next.length() > BYLINE_REST_MAX) {
            return false;
        }
        boolean openCredit = (before.startsWith("（") || before.startsWith("(")) && before.indexOf('）') < 0 && before.indexOf(')') < 0;
        // the pattern last: only under a byline or an open credit can a line be one's rest
        if (!openCredit && !previous.byline() || !BYLINE_REST.matcher(after).matches()) {
            return false;
        }
        if (openCredit) {
            return after.endsWith("）") || after.endsWith(")");
        }
        return after.endsWith("报道") || after.endsWith("報導") || after.endsWith("報道")
                || Arrays.stream(SPACES_OR_SLASHES.split(after)).allMatch(word -> word.codePointCount(0, word.length()) <= 3);
    }

    /**
     * Whether a line opening with a dash (——) goes on with the sentence of a full line before it, as
     * a wrap does ({@code 他说 / ——这是我们的责任}), rather than starting a subtitle
     * ({@code 建设宜居城市 / ——我市城市建设综述}): only within a block, in a hard-wrapped column,
     * after a line as long as the column that stops mid-sentence and is no title.
     */
    private static boolean continuesSentence(Line previous, Line next, boolean titleOnEitherSide, boolean wrapped, int column) {
        return wrapped && !next.afterBlank() && !titleOnEitherSide && !NewsText.endsSentence(previous.text())
                && previous.length() >= column - SHORT_BY;
    }

    /** Marks, per line, whether its block is a title; judged from the last block back. */
    private static boolean[] titleBlocks(List<Line> lines) {
        List<int[]> blocks = new ArrayList<>(); // first and end line of each block
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || lines.get(i).afterBlank()) {
                blocks.add(new int[] {i, i + 1});
            } else {
                blocks.get(blocks.size() - 1)[1] = i + 1;
            }
        }
        boolean[] title = new boolean[lines.size()];
        boolean nextIsTitle = false;
        String nextText = null;
        String nextFirstLine = null;
        for (int b = blocks.size() - 1; b >= 0; b--) {
            int[] block = blocks.get(b);
            String text = blockText(lines, block[0], block[1]);
            boolean isTitle = block[1] - block[0] <= 3 && NewsText.looksLikeTitle(text)
                    && (b == 0 && !hasClausePunctuation(text) || nextText == null || text.startsWith("——") || nextIsTitle
                            || lines.get(block[0]).columnLabel()
                            || NewsText.opensArticle(nextFirstLine) || NewsText.opensArticle(nextText));
            Arrays.fill(title, block[0], block[1], isTitle);
            nextIsTitle = isTitle;
            nextText = text;
            nextFirstLine = lines.get(block[0]).text();
        }
        return title;
    }

    /** @return the lines joined without separator; a block of one line is that line, not a copy */
    private static String blockText(List<Line> lines, int from, int to) {
        if (to - from == 1) {
            return lines.get(from).text();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(lines.get(i).text());
        }
        return joined.toString();
    }

    /**
     * Whether the line ends with a bracketed credit that names a photographer or a role (…人潮。（記者 /
     * 張志明攝）): the article's last words, so a blank line after it is no column break.
     */
    private static boolean endsWithCredit(String line) {
        return (line.endsWith("）") || line.endsWith(")")) && (NewsText.isPhotoCredit(line) || NewsText.trailingCredit(line) != null);
    }

    private static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a wrap between these two code points stood for a space: between Latin words it did
     * ({@code economic / growth}); inside a number it did not ({@code 20 / 01年}, {@code 12月3 / 1日}),
     * since Chinese typesetting breaks a number anywhere and never spaces its digits.
     */
    private static boolean needsSpace(int before, int after) {
        boolean digits = isAsciiDigit(before) && isAsciiDigit(after);
        return !digits && isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp >= 0 && cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    private static int[] sortedLengths(List<Line> lines) {
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = lines.get(i).length();
        }
        Arrays.sort(lengths);
        return lengths;
    }

    /**
     * A non-blank line.
     *
     * @param text the line without indentation
     * @param length its length in code points, counted once: every judgement of the line reads it
     * @param start input offset of its first code point
     * @param indented whether it was indented
     * @param afterBlank whether a blank line precedes it
     * @param byline whether it is a byline ({@link NewsText#isByline})
     * @param credit whether it is a credit ({@link NewsText#isCredit})
     * @param dateOnly whether it is a date alone ({@link NewsText#isDateOnly})
     * @param columnLabel whether it is a column label ({@link NewsText#isColumnLabel})
     * @param dateline whether a dateline opens it ({@link NewsText#startsWithDateline})
     */
    private record Line(String text, int length, int start, boolean indented, boolean afterBlank, boolean byline, boolean credit,
            boolean dateOnly, boolean columnLabel, boolean dateline) {
        /** Judges the line once: each line is judged as the one before a break and as the one after it. */
        static Line of(String text, int start, boolean indented, boolean afterBlank) {
            return new Line(text, text.codePointCount(0, text.length()), start, indented, afterBlank, NewsText.isByline(text),
                    NewsText.isCredit(text), NewsText.isDateOnly(text), NewsText.isColumnLabel(text), NewsText.startsWithDateline(text));
        }
    }
}
