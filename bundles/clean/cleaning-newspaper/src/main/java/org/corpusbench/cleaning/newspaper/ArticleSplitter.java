package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.corpusbench.api.Article;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.corpusbench.cleaning.newspaper.PageParagraphs.Kind;
import org.corpusbench.cleaning.newspaper.PageParagraphs.Paragraph;

/**
 * Splits a cleaned newspaper page (one paragraph per line) into articles.
 *
 * <p>An article starts at a byline or dateline, at a body paragraph after a headline, a column label
 * or a closing credit or signature, at a dated caption above a photo credit, or with the page (what
 * each paragraph is: {@link PageParagraphs}). Titles go to articles by evidence ({@link TitleAttacher}).
 * Of an article's titles, those that start with —— are subheadlines, the last of the others is the
 * headline and the earlier ones are kickers (kept as subheadlines): PDF extraction keeps the top-down
 * order of kicker, main title and subtitle.
 *
 * <p>Bylines, datelines and credits move into metadata, as printed ({@value ArticleMetadata#BYLINE}, {@value ArticleMetadata#DATELINE})
 * and read (reporters, correspondents, photographers, place, the dateline's agency), so that no
 * character of the page is lost; a draft that got no body hands them to its neighbour; the article's date is the dateline's, or the first date in its lead sentence,
 * completed with the year of the issue date when the page gave one. Stateless and thread-safe.
 */
public final class ArticleSplitter {
    /** Metadata key: the section or column label printed above the article (目击, 观点). */
    static final String COLUMN = "column";
    /** A text of title-shaped lines (a poem) from this many lines on has its first line as its title. */
    private static final int UNTITLED_POEM_MAX = 3;

    /**
     * @param text a cleaned page, one paragraph per line
     * @param sourceMetadata what cleaning found about the page; {@code issue.date} completes dates
     * @return the articles in reading order
     */
    public List<Article> split(String text, Map<String, String> sourceMetadata) {
        List<Paragraph> paragraphs = PageParagraphs.of(text);
        List<ArticleDraft> articles = new ArrayList<>();
        List<List<Paragraph>> titleGroups = new ArrayList<>();
        ArticleDraft current = null;
        String column = null; // the labels since the last article, " / " between several
        boolean closed = true;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            switch (paragraph.kind) {
                case TITLE -> {
                    if (i == 0 || paragraphs.get(i - 1).kind != Kind.TITLE) {
                        titleGroups.add(new ArrayList<>());
                    }
                    titleGroups.get(titleGroups.size() - 1).add(paragraph);
                    closed = true;
                }
                case BYLINE -> {
                    boolean trailing = current != null && current.hasBody() && !closed
                            && (next == null || next.kind == Kind.TITLE);
                    if (!trailing && (current == null || current.hasBody() || closed)) {
                        current = new ArticleDraft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    current.bylines.read(NewsText.bylineNames(paragraph.text), false);
                    current.printed(ArticleMetadata.BYLINE, paragraph.text);
                    closed = false;
                }
                case SIGNATURE -> { // stays in the letter's body, as the seeds' labels have it; its date dates the letter
                    if (current == null) {
                        current = new ArticleDraft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    addBody(current, paragraph, null);
                    current.sign(paragraph.text);
                    closed = NewsText.isDateOnly(paragraph.text);
                }
                case COLUMN -> {
                    column = column == null ? paragraph.text : column + ArticleMetadata.SEPARATOR + paragraph.text;
                    closed = true;
                }
                case CREDIT -> {
                    if (current == null) { // a credit before any article: kept, handed on if no body follows
                        current = new ArticleDraft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    readCredit(current, NewsText.credit(paragraph.text));
                    current.printed(ArticleMetadata.BYLINE, paragraph.text);
                    closed = true;
                }
                case BODY -> {
                    Matcher dateline = NewsText.dateline(paragraph.text);
                    if (current == null || closed || (dateline != null || isCaption(paragraph, next)) && current.hasBody()) {
                        current = new ArticleDraft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    closed = false;
                    addBody(current, paragraph, dateline);
                }
            }
        }
        if (column != null && !articles.isEmpty()) { // a label after the last article: keep its text
            articles.get(articles.size() - 1).printed(COLUMN, column);
        }
        keepMetadataOfEmptyArticleDrafts(articles);
        if (articles.isEmpty() && !paragraphs.isEmpty()) { // nothing but titles (a poem): one article, titled by its first line
            boolean titled = paragraphs.size() >= UNTITLED_POEM_MAX;
            ArticleDraft whole = new ArticleDraft(paragraphs.get(titled ? 1 : 0).start, null);
            paragraphs.subList(titled ? 1 : 0, paragraphs.size()).forEach(paragraph -> whole.body.put(paragraph.start, paragraph.end));
            articles.add(whole);
            titleGroups.clear();
            if (titled) {
                titleGroups.add(List.of(paragraphs.get(0)));
            }
        }
        TitleAttacher.attach(titleGroups, articles, text);
        List<Article> result = new ArrayList<>();
        String issueDate = sourceMetadata.get(FurnitureRemover.ISSUE_DATE);
        for (ArticleDraft draft : articles) {
            result.add(draft.toArticle(issueDate));
        }
        return result;
    }


    /**
     * Whether the paragraph is a photo's caption standing as an article of its own: a dated lead
     * (4月11日，游客在…) right above a photo credit (（新华社记者 周 密摄）).
     */
    private static boolean isCaption(Paragraph paragraph, Paragraph next) {
        return next != null && next.kind == Kind.CREDIT && NewsText.isPhotoCredit(next.text) && NewsText.isDatedLead(paragraph.text);
    }

    private static void addBody(ArticleDraft article, Paragraph paragraph, Matcher dateline) {
        int start = paragraph.start;
        int end = paragraph.end;
        String text = paragraph.text;
        if (dateline != null) {
            article.readDateline(dateline);
            article.printed(ArticleMetadata.DATELINE, dateline.group().strip());
            start += text.codePointCount(0, dateline.end());
        }
        Matcher credit = NewsText.trailingCredit(text);
        if (credit != null) {
            article.bylines.read(credit.group("credit") != null ? credit.group("credit") : credit.group("names"), credit.group("credit") != null);
            article.printed(ArticleMetadata.BYLINE, credit.group());
            end = paragraph.start + text.codePointCount(0, credit.start());
        }
        if (end > start) {
            article.body.put(start, end);
            if (article.lead == null) {
                article.lead = paragraph.text.substring(text.offsetByCodePoints(0, start - paragraph.start),
                        text.offsetByCodePoints(0, end - paragraph.start));
            }
        }
    }

    private static void readCredit(ArticleDraft article, Matcher credit) {
        Matcher source = credit.group("credit") == null ? null : NewsText.dateline(credit.group("credit"));
        if (source != null && source.end() == credit.group("credit").length() && !article.dateline.containsKey(ArticleMetadata.PLACE)) {
            article.readDateline(source); // a reprint's source closing it: （据新华社北京4月18日电）
        } else if (credit.group("credit") != null) {
            article.bylines.read(credit.group("credit"), true);
        } else if (credit.group("photo") != null) {
            article.bylines.readPhoto(credit.group("photo"));
        } else {
            article.bylines.readSource(credit.group("source"));
        }
    }

    /**
     * Drops the drafts that got no body (a byline or credit with nothing after it), giving what they
     * read to the article before them (or after, at the page's start), so that no byline text is lost.
     */
    private static void keepMetadataOfEmptyArticleDrafts(List<ArticleDraft> articles) {
        for (int a = 0; a < articles.size(); a++) {
            ArticleDraft empty = articles.get(a);
            if (empty.hasBody()) {
                continue;
            }
            ArticleDraft heir = a > 0 ? articles.get(a - 1) : a + 1 < articles.size() ? articles.get(a + 1) : null;
            if (heir != null) {
                heir.inherit(empty);
                articles.remove(a--);
            }
        }
        articles.removeIf(article -> !article.hasBody());
    }

}
