package org.corpusbench.api;

import java.util.List;
import java.util.Map;

/**
 * One article that a {@link DocumentSplitter} found in a cleaned source: the spans of the text that
 * form its body, in order, and what it moved into metadata (headline, byline, dateline).
 *
 * @param start where the article begins in the cleaned text, its headline included when printed
 *        before the body: the importer cuts the source there, so that the sources' original text is
 *        kept whole across its documents
 * @param body the spans of the cleaned text that form the article's text, in order, not overlapping
 * @param metadata the article's metadata under the keys of this class and the splitter's own
 */
public record Article(int start, List<Span> body, Map<String, String> metadata) {
    /** Metadata key: the main headline. */
    public static final String HEADLINE = "headline";
    /** Metadata key: kickers and subheadlines, in print order, separated by {@value #SEPARATOR}. */
    public static final String SUBHEADLINE = "subheadline";
    /** Metadata key: the reporters' names, separated by {@value #NAME_SEPARATOR}. */
    public static final String REPORTERS = "reporters";
    /** Metadata key: the correspondents' names (通讯员), separated by {@value #NAME_SEPARATOR}. */
    public static final String CORRESPONDENTS = "correspondents";
    /** Metadata key: where the dateline places the article (本报聊城讯: 聊城). */
    public static final String PLACE = "place";
    /**
     * Metadata key: the date the article reports from, ISO 8601: {@code 2023-03-03}, or
     * {@code --03-03} when the year is not known.
     */
    public static final String DATE = "date";
    /** Metadata key: the page (版) of the issue. */
    public static final String PAGE = "page";
    /** Metadata key: the issue number (期). */
    public static final String ISSUE = "issue";
    /** Separates several headlines in one value. */
    public static final String SEPARATOR = " / ";
    /** Separates names in one value. */
    public static final String NAME_SEPARATOR = "、";

    /**
     * Copies the lists so the record stays immutable.
     *
     * @throws IllegalArgumentException if the spans are out of order or begin before {@code start}
     */
    public Article {
        body = List.copyOf(body);
        metadata = Map.copyOf(metadata);
        int end = start;
        for (Span span : body) {
            if (span.start() < end) {
                throw new IllegalArgumentException("Article spans out of order at " + span);
            }
            end = span.end();
        }
    }

    /**
     * A span of text in code points.
     *
     * @param start first code point
     * @param end code point after the last
     */
    public record Span(int start, int end) {
        /** @throws IllegalArgumentException if the span is empty or reversed */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("Not a span: " + start + ".." + end);
            }
        }
    }
}
