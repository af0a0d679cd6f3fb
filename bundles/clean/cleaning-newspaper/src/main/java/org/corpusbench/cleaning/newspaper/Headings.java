package org.corpusbench.cleaning.newspaper;

/**
 * Numbered headings of plain text and long articles: 一、回顾过去, （一）公共空间的数量, 第一章 绪论,
 * 第3节, 1. 背景. They stay lines of their own and are never taken for an article's headline.
 */
final class Headings {
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十百零〇两";
    /** The longest numbered heading, in code points. */
    private static final int MAX_LENGTH = 40;

    private Headings() {
    }

    /** @return whether the line opens with a heading number and is short enough to be a heading */
    static boolean isNumbered(String line) {
        int length = line.codePointCount(0, line.length());
        if (length < 2 || length > MAX_LENGTH) {
            return false;
        }
        int i = 0;
        if (line.charAt(0) == '第') {
            int end = numeralsEnd(line, 1);
            return end > 1 && end < line.length() && "章节编篇部讲".indexOf(line.charAt(end)) >= 0;
        }
        boolean bracketed = line.charAt(0) == '（' || line.charAt(0) == '(';
        if (bracketed) {
            i = 1;
        }
        int end = numeralsEnd(line, i);
        if (end == i || end >= line.length()) {
            return false;
        }
        char after = line.charAt(end);
        return bracketed ? after == '）' || after == ')' : after == '、' || after == '.' && end + 1 < line.length()
                && !Character.isDigit(line.charAt(end + 1));
    }

    /** @return where the run of Chinese or ASCII numerals starting at {@code from} ends */
    private static int numeralsEnd(String line, int from) {
        int i = from;
        while (i < line.length() && (CHINESE_NUMERALS.indexOf(line.charAt(i)) >= 0 || line.charAt(i) >= '0' && line.charAt(i) <= '9')) {
            i++;
        }
        return i;
    }
}
