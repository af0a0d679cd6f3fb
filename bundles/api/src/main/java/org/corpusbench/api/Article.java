package org.corpusbench.api;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.newspaper.ArticleMetadata;

/**
 * One article that a {@link DocumentSplitter} found in a cleaned source: the spans of the text that
 * form its body, in order, and what it moved into metadata (headline, byline, dateline).
 *
 * @param start where the article begins in the cleaned text, its headline included when printed
 *        before the body: the importer cuts the source there, so that the sources' original text is
 *        kept whole across its documents
 * @param body the spans of the cleaned text that form the article's text, in order, not overlapping
 * @param metadata the article's metadata, for a newspaper under the keys of {@link ArticleMetadata}
 */
public record Article(int start, List<Span> body, Map<String, String> metadata) {
    /** @deprecated since API 1.6: {@link ArticleMetadata#HEADLINE} */
    @Deprecated
    public static final String HEADLINE = ArticleMetadata.HEADLINE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#SUBHEADLINE} */
    @Deprecated
    public static final String SUBHEADLINE = ArticleMetadata.SUBHEADLINE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#REPORTERS} */
    @Deprecated
    public static final String REPORTERS = ArticleMetadata.REPORTERS;
    /** @deprecated since API 1.6: {@link ArticleMetadata#CORRESPONDENTS} */
    @Deprecated
    public static final String CORRESPONDENTS = ArticleMetadata.CORRESPONDENTS;
    /** @deprecated since API 1.6: {@link ArticleMetadata#PLACE} */
    @Deprecated
    public static final String PLACE = ArticleMetadata.PLACE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#DATE} */
    @Deprecated
    public static final String DATE = ArticleMetadata.DATE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#PAGE} */
    @Deprecated
    public static final String PAGE = ArticleMetadata.PAGE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#ISSUE} */
    @Deprecated
    public static final String ISSUE = ArticleMetadata.ISSUE;
    /** @deprecated since API 1.6: {@link ArticleMetadata#SEPARATOR} */
    @Deprecated
    public static final String SEPARATOR = ArticleMetadata.SEPARATOR;
    /** @deprecated since API 1.6: {@link ArticleMetadata#NAME_SEPARATOR} */
    @Deprecated
    public static final String NAME_SEPARATOR = ArticleMetadata.NAME_SEPARATOR;

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
