package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paragraphs of a cleaned page (one per line) and what each is: body, title, byline, credit,
 * column label, or a letter's signature. A title by its shape is one when an article opens after it,
 * another title follows, the page ends, or it stands between two bodies (an article without byline).
 */
final class PageParagraphs {
    private PageParagraphs() {
    }

    /** What a paragraph of a page is. */
    enum Kind { BODY, TITLE, BYLINE, CREDIT, COLUMN, SIGNATURE }

    /** A paragraph of the page and, for a title, its candidate articles' scores. */
    static final class Paragraph {
        final String text;
        final int start;
        final int end;
        Kind kind = Kind.BODY;
        int firstArticleAfter;
        boolean headsNext;
        final Map<Integer, Double> scores = new TreeMap<>();

        Paragraph(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    /** @return the page's non-blank lines with their kinds and code-point spans */
    static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(line, offset, offset + length));
            }
            offset += length + 1;
        }
        // A title by its shape is one when an article opens after it, another title follows, or the page ends.
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Paragraph paragraph = paragraphs.get(i);
            Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            if (isSignature(i > 0 ? paragraphs.get(i - 1) : null, paragraph, next)) {
                paragraph.kind = Kind.SIGNATURE;
            } else if (NewsText.isByline(paragraph.text)) {
                paragraph.kind = Kind.BYLINE;
            } else if (NewsText.isCredit(paragraph.text)) {
                paragraph.kind = Kind.CREDIT;
            } else if (NewsText.isColumnLabel(paragraph.text)
                    || next != null && NewsText.isBulletedHeading(paragraph.text) && NewsText.isDatedLead(next.text)) {
                paragraph.kind = Kind.COLUMN;
            } else if (NewsText.looksLikeTitle(paragraph.text)) {
                if (next == null || i == 0 || paragraph.text.startsWith("——") || next.kind == Kind.TITLE || NewsText.opensArticle(next.text)) {
                    paragraph.kind = Kind.TITLE;
                } else if (headsUnsignedArticle(i > 0 ? paragraphs.get(i - 1) : null, paragraph, next)) {
                    paragraph.kind = Kind.TITLE;
                    paragraph.headsNext = true; // the article exists because of it: no evidence can send it elsewhere
                }
            }
        }
        markSignatureDates(paragraphs);
        return paragraphs;
    }

    /**
     * Whether a title-shaped paragraph between two bodies heads an article without byline or
     * dateline (commentary, wire copy, a letter): the paragraph before it ends a sentence, the one
     * after is prose (ends a sentence, has a comma or is longer than a title), and it is no numbered heading or
     * list item, which belong to the article around them.
     */
    private static boolean headsUnsignedArticle(Paragraph previous, Paragraph title, Paragraph next) {
        return previous != null && (NewsText.endsSentence(previous.text) || NewsText.isColumnLabel(previous.text)) && next.kind == Kind.BODY
                && NewsText.endsSentence(next.text) && NewsText.isProse(next.text) && !Headings.isNumbered(title.text);
    }

    /**
     * Whether the paragraph is a letter's signature or its date: a date alone after a short line
     * (退休教师 刘桂兰 / 2024年1月3日), or that short line itself, the paragraph before it ending a
     * sentence. The letter ends there; the date is the letter's.
     */
    private static boolean isSignature(Paragraph previous, Paragraph paragraph, Paragraph next) {
        if (NewsText.isDateOnly(paragraph.text)) {
            return previous != null && previous.kind == Kind.SIGNATURE;
        }
        return next != null && NewsText.isDateOnly(next.text) && previous != null && NewsText.endsSentence(previous.text)
                && paragraph.text.codePointCount(0, paragraph.text.length()) <= LineRejoiner.SIGNATURE_MAX && !NewsText.endsSentence(paragraph.text)
                && paragraph.text.indexOf('，') < 0;
    }

    /** Marks the date under a signature: the loop that finds kinds runs backwards, so this runs after it. */
    private static void markSignatureDates(List<Paragraph> paragraphs) {
        for (int i = 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i - 1).kind == Kind.SIGNATURE && NewsText.isDateOnly(paragraphs.get(i).text)) {
                paragraphs.get(i).kind = Kind.SIGNATURE;
            }
        }
    }
}
