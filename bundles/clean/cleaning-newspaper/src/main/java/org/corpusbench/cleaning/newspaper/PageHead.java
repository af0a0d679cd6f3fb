package org.corpusbench.cleaning.newspaper;

import org.corpusbench.api.TokenType;

/**
 * Finds the furniture of a page's head that no single-line pattern can know: the paper's name,
 * section and a bare date beside a recognised masthead line or section label (华夏日报 above
 * 2024年1月1日 星期一, 体育 above 2024年5月20日; below the last masthead line only a paper's name, a
 * section label or a date, since a text may start right under a page heading), and a short section
 * label or a banner standing alone above the first headline (港聞, 乡村振兴, 开局之年起好步
 * 关键之年拓新局). A label is taken only when a title and then prose follow it, so that the title
 * of a poem, an essay or a transcript, followed by verse or headings, stays.
 */
final class PageHead {
    /** The longest paper name or section beside a masthead line, in code points. */
    private static final int MASTHEAD_WORD_MAX = 10;
    /** The longest section label standing alone above a headline, in Han characters. */
    private static final int LABEL_MAX = 6;
    /** How many lines after the headline candidate are searched for prose. */
    private static final int PROSE_WITHIN = 4;
    private static final String PUNCTUATION = "，。、；：！？,.;:!?（）()《》“”";

    private PageHead() {
    }

    /**
     * @param lines the page's lines
     * @param furniture per line, whether it is furniture; marked further here
     */
    static void mark(String[] lines, boolean[] furniture) {
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return;
        }
        int blockEnd = first;
        boolean anyFurniture = false;
        while (blockEnd < lines.length && !lines[blockEnd].isBlank()) {
            String line = lines[blockEnd].strip();
            anyFurniture |= furniture[blockEnd++] || NewsText.isColumnLabel(line);
        }

        if (anyFurniture) {
            int lastFurniture = blockEnd - 1;
            while (!furniture[lastFurniture] && !NewsText.isColumnLabel(lines[lastFurniture].strip())) {
                lastFurniture--;
            }
            for (int i = first; i < blockEnd; i++) {
                String line = lines[i].strip();
                boolean named = i < lastFurniture || line.endsWith("报") || line.endsWith("報") || NewsText.isColumnLabel(line);
                furniture[i] |= named && line.codePointCount(0, line.length()) <= MASTHEAD_WORD_MAX && isLabel(line)
                        || NewsText.isDateOnly(line);
            }
        }
        for (int i = first; i >= 0 && i < lines.length; i = nextNonBlank(lines, i + 1)) {
            if (furniture[i]) {
                continue;
            }
            if (!standsAlone(lines, i) || !(isShortLabel(lines[i].strip()) || NewsText.isColumnLabel(lines[i].strip())
                    || isCouplet(lines[i].strip()))
                    || !titleThenProse(lines, furniture, i + 1)) {
                return;
            }
            furniture[i] = true;
        }
    }

    /** Whether the line is a block of its own: blank lines (or the page's start) around it. */
    private static boolean standsAlone(String[] lines, int i) {
        return (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
    }

    /** Whether a title and, within a few lines, prose (a line with a comma or full stop) follow. */
    private static boolean titleThenProse(String[] lines, boolean[] furniture, int from) {
        int title = from;
        while ((title = nextNonBlank(lines, title)) >= 0 && furniture[title]) {
            title++;
        }
        if (title < 0 || !NewsText.looksLikeTitle(lines[title].strip()) || Headings.isNumbered(lines[title].strip())) {
            return false;
        }
        int seen = 0;
        for (int i = title + 1; i < lines.length && seen < PROSE_WITHIN; i++) {
            if (!lines[i].isBlank()) {
                seen++;
                if (lines[i].indexOf('，') >= 0 || lines[i].indexOf('。') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isShortLabel(String line) {
        int length = line.codePointCount(0, line.length());
        return length >= 2 && length <= LABEL_MAX && line.codePoints().allMatch(TokenType::isHan);
    }

    /** Two halves of equal length, four to twelve Han characters each, one space apart: a banner. */
    private static boolean isCouplet(String line) {
        int space = line.indexOf(' ');
        if (space < 0 || line.indexOf(' ', space + 1) >= 0) {
            return false;
        }
        String left = line.substring(0, space);
        String right = line.substring(space + 1);
        int length = left.codePointCount(0, left.length());
        return length >= 4 && length <= 12 && length == right.codePointCount(0, right.length())
                && (left + right).codePoints().allMatch(TokenType::isHan);
    }

    /** A paper's name or section: no punctuation, no dateline, no byline. */
    private static boolean isLabel(String line) {
        return !line.isEmpty() && line.chars().noneMatch(c -> PUNCTUATION.indexOf(c) >= 0)
                && !NewsText.startsWithDateline(line) && !NewsText.isByline(line);
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
