package org.corpusbench.cleaning.basic.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.corpusbench.api.Article;

/**
 * Splits a cleaned newspaper page (one paragraph per line) into articles.
 *
 * <p>An article starts at a byline or dateline, at a body paragraph after a headline or a closing
 * credit, or with the page. Headlines are attached by evidence, since pages print them after the
 * body (000), before it (001) or several in one block (002): each title goes to the candidate article
 * (the two before its block and the one after) whose body shares most of its Chinese character
 * bigrams, a headline's words recurring in its article. When the evidence is weak the page's own
 * habit decides: the direction most confident titles of the page took. A title that finds no
 * article stays in the text. Of an article's titles, those that start with —— are subheadlines, the
 * last of the others is the headline and the earlier ones are kickers (kept as subheadlines): PDF
 * extraction keeps the top-down order of kicker, main title and subtitle.
 *
 * <p>Bylines, datelines and credits move into metadata (reporters, correspondents, place, the
 * dateline's agency); the article's date is the dateline's, or the first date in its lead sentence,
 * completed with the year of the issue date when the page gave one. Stateless and thread-safe.
 */
public final class ArticleSplitter {
    /** Metadata key: the news agency of a dateline (新华社). */
    static final String AGENCY = "agency";
    /** Metadata key: the bylines and credits as printed, " / " between several; names are read from them. */
    static final String BYLINE = "byline";
    /** Metadata key: the dateline as printed (本报北京12月31日讯（记者 陈思远）). */
    static final String DATELINE = "dateline";
    /** Metadata key: the section or column label printed above the article (目击, 观点). */
    static final String COLUMN = "column";
    private static final double WEAK_EVIDENCE = 0.15;
    private static final int EARLIER_CANDIDATES = 2;
    /** A text of title-shaped lines (a poem) from this many lines on has its first line as its title. */
    private static final int UNTITLED_POEM_MAX = 3;

    /**
     * @param text a cleaned page, one paragraph per line
     * @param sourceMetadata what cleaning found about the page; {@code issue.date} completes dates
     * @return the articles in reading order
     */
    public List<Article> split(String text, Map<String, String> sourceMetadata) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<Draft> articles = new ArrayList<>();
        List<List<Paragraph>> titleGroups = new ArrayList<>();
        Draft current = null;
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
                        current = new Draft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    current.bylines.read(NewsText.bylineNames(paragraph.text), false);
                    current.printed(BYLINE, paragraph.text);
                    closed = false;
                }
                case SIGNATURE -> { // stays in the letter's body, as the seeds' labels have it; its date dates the letter
                    if (current == null) {
                        current = new Draft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    addBody(current, paragraph, null);
                    current.sign(paragraph.text);
                    closed = NewsText.isDateOnly(paragraph.text);
                }
                case COLUMN -> {
                    column = column == null ? paragraph.text : column + Article.SEPARATOR + paragraph.text;
                    closed = true;
                }
                case CREDIT -> {
                    if (current == null) { // a credit before any article: kept, handed on if no body follows
                        current = new Draft(paragraph.start, column);
                        column = null;
                        articles.add(current);
                    }
                    readCredit(current, NewsText.credit(paragraph.text));
                    current.printed(BYLINE, paragraph.text);
                    closed = true;
                }
                case BODY -> {
                    Matcher dateline = NewsText.dateline(paragraph.text);
                    if (current == null || closed || (dateline != null || isCaption(paragraph, next)) && current.hasBody()) {
                        current = new Draft(paragraph.start, column);
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
        keepMetadataOfEmptyDrafts(articles);
        if (articles.isEmpty() && !paragraphs.isEmpty()) { // nothing but titles (a poem): one article, titled by its first line
            boolean titled = paragraphs.size() >= UNTITLED_POEM_MAX;
            Draft whole = new Draft(paragraphs.get(titled ? 1 : 0).start, null);
            paragraphs.subList(titled ? 1 : 0, paragraphs.size()).forEach(paragraph -> whole.body.put(paragraph.start, paragraph.end));
            articles.add(whole);
            titleGroups.clear();
            if (titled) {
                titleGroups.add(List.of(paragraphs.get(0)));
            }
        }
        attachTitles(titleGroups, articles, text.codePoints().toArray());
        List<Article> result = new ArrayList<>();
        String issueDate = sourceMetadata.get(FurnitureRemover.ISSUE_DATE);
        for (Draft draft : articles) {
            result.add(draft.toArticle(issueDate));
        }
        return result;
    }

    private static List<Paragraph> paragraphs(String text) {
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
            } else if (NewsText.looksLikeTitle(paragraph.text) && (next == null || i == 0 || paragraph.text.startsWith("——")
                    || next.kind == Kind.TITLE || NewsText.opensArticle(next.text))) {
                paragraph.kind = Kind.TITLE;
            } else if (NewsText.looksLikeTitle(paragraph.text) && headsUnsignedArticle(i > 0 ? paragraphs.get(i - 1) : null, paragraph, next)) {
                paragraph.kind = Kind.TITLE;
                paragraph.headsNext = true; // the article exists because of it: no evidence can send it elsewhere
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

    /**
     * Whether the paragraph is a photo's caption standing as an article of its own: a dated lead
     * (4月11日，游客在…) right above a photo credit (（新华社记者 周 密摄）).
     */
    private static boolean isCaption(Paragraph paragraph, Paragraph next) {
        return next != null && next.kind == Kind.CREDIT && NewsText.isPhotoCredit(next.text) && NewsText.isDatedLead(paragraph.text);
    }

    private static void addBody(Draft article, Paragraph paragraph, Matcher dateline) {
        int start = paragraph.start;
        int end = paragraph.end;
        String text = paragraph.text;
        if (dateline != null) {
            article.readDateline(dateline);
            article.printed(DATELINE, dateline.group().strip());
            start += text.codePointCount(0, dateline.end());
        }
        Matcher credit = NewsText.trailingCredit(text);
        if (credit != null) {
            article.bylines.read(credit.group("credit"), true);
            article.printed(BYLINE, credit.group());
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

    private static void readCredit(Draft article, Matcher credit) {
        if (credit.group("credit") != null) {
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
    private static void keepMetadataOfEmptyDrafts(List<Draft> articles) {
        for (int a = 0; a < articles.size(); a++) {
            Draft empty = articles.get(a);
            if (empty.hasBody()) {
                continue;
            }
            Draft heir = a > 0 ? articles.get(a - 1) : a + 1 < articles.size() ? articles.get(a + 1) : null;
            if (heir != null) {
                heir.inherit(empty);
                articles.remove(a--);
            }
        }
        articles.removeIf(article -> !article.hasBody());
    }

    /** Gives each title to the candidate article its words recur in most, the page's habit breaking ties. */
    private static void attachTitles(List<List<Paragraph>> groups, List<Draft> articles, int[] text) {
        Map<Draft, Set<String>> bigrams = new HashMap<>();
        articles.forEach(article -> bigrams.put(article, bigrams(article.bodyText(text))));
        int after = 0;
        int before = 0;
        List<Paragraph> titles = new ArrayList<>();
        for (List<Paragraph> group : groups) {
            for (Paragraph title : group) {
                titles.add(title);
                int firstAfter = firstArticleAfter(articles, title.start);
                title.firstArticleAfter = firstAfter;
                Set<String> words = bigrams(title.text);
                for (int a = Math.max(0, firstAfter - EARLIER_CANDIDATES); a <= Math.min(firstAfter, articles.size() - 1); a++) {
                    title.scores.put(a, overlap(words, bigrams.get(articles.get(a))));
                }
                Map.Entry<Integer, Double> best = best(title.scores, -1, 0);
                if (best != null && best.getValue() >= WEAK_EVIDENCE) {
                    if (best.getKey() < firstAfter) {
                        after++;
                    } else {
                        before++;
                    }
                }
            }
        }
        boolean printedAfter = after >= before;
        for (Paragraph title : titles) {
            int firstAfter = title.firstArticleAfter;
            int habitual = printedAfter ? firstAfter - 1 : firstAfter;
            Map.Entry<Integer, Double> best = best(title.scores, habitual, WEAK_EVIDENCE);
            if (title.headsNext && firstAfter < articles.size()) {
                articles.get(firstAfter).titles.add(title);
            } else if (best != null) {
                articles.get(best.getKey()).titles.add(title);
            } else if (!articles.isEmpty()) { // no article at all around it: it stays text
                Draft nearest = articles.get(Math.max(0, firstAfter - 1));
                nearest.body.put(title.start, title.end);
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            Draft article = articles.get(a);
            int previousEnd = a == 0 ? 0 : articles.get(a - 1).body.lastEntry().getValue();
            for (Paragraph title : article.titles) {
                if (title.start < article.start && title.start >= previousEnd) {
                    article.start = title.start;
                }
            }
        }
    }

    private static int firstArticleAfter(List<Draft> articles, int position) {
        int index = 0;
        while (index < articles.size() && articles.get(index).body.firstKey() < position) {
            index++;
        }
        return index;
    }

    /** @return the best-scoring candidate after giving {@code favoured} a bonus, or null if none */
    private static Map.Entry<Integer, Double> best(Map<Integer, Double> scores, int favoured, double bonus) {
        Map.Entry<Integer, Double> best = null;
        for (Map.Entry<Integer, Double> score : scores.entrySet()) {
            double value = score.getValue() + (score.getKey() == favoured ? bonus : 0);
            if (best == null || value > best.getValue()) {
                best = Map.entry(score.getKey(), value);
            }
        }
        return best;
    }

    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (NewsText.isHan(cps[i]) && NewsText.isHan(cps[i + 1])) {
                bigrams.add(new String(cps, i, 2));
            }
        }
        return bigrams;
    }

    private static double overlap(Set<String> title, Set<String> body) {
        if (title.isEmpty()) {
            return 0;
        }
        return title.stream().filter(body::contains).count() / (double) title.size();
    }

    private enum Kind { BODY, TITLE, BYLINE, CREDIT, COLUMN, SIGNATURE }

    /** A paragraph of the page and, for a title, its candidate articles' scores. */
    private static final class Paragraph {
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

    /** An article while the page is read. */
    private static final class Draft {
        int start;
        final TreeMap<Integer, Integer> body = new TreeMap<>();
        final List<Paragraph> titles = new ArrayList<>();
        final Bylines bylines = new Bylines();
        final Map<String, String> dateline = new HashMap<>();
        String lead;

        Draft(int start, String column) {
            this.start = start;
            if (column != null) {
                dateline.put(COLUMN, column);
            }
        }

        /** Keeps a byline, credit or dateline as printed, so that every character of the page stays somewhere. */
        void printed(String key, String text) {
            dateline.merge(key, text.strip(), (x, y) -> x + Article.SEPARATOR + y);
        }

        /** Reads the date under a letter's signature, which dates the letter. */
        void sign(String text) {
            Matcher date = NewsText.firstDate(text);
            if (NewsText.isDateOnly(text) && date != null) {
                String iso = IsoDates.partial(date.group("year"), date.group("month"), date.group("day"));
                if (iso != null) {
                    dateline.put(Article.DATE, iso);
                }
            }
        }

        /** Takes over what a draft without body read: its printed bylines and their names. */
        void inherit(Draft empty) {
            empty.dateline.forEach((key, value) -> dateline.merge(key, value, (x, y) -> x + Article.SEPARATOR + y));
            bylines.add(empty.bylines);
        }

        boolean hasBody() {
            return !body.isEmpty();
        }

        void readDateline(Matcher matcher) {
            String place = firstOf(matcher, "place", "district", "agencyPlace", "bracketPlace");
            if (place != null && !place.isEmpty()) {
                dateline.put(Article.PLACE, place);
            }
            if (matcher.group("agency") != null) {
                dateline.put(AGENCY, matcher.group("agency"));
            }
            String month = matcher.group("month") != null ? matcher.group("month") : matcher.group("localMonth");
            String day = matcher.group("month") != null ? matcher.group("day") : matcher.group("localDay");
            String date = month == null ? null : IsoDates.partial(null, month, day);
            if (date != null) {
                dateline.put(Article.DATE, date);
            }
            String credit = firstOf(matcher, "credit", "bracketCredit", "inlineCredit", "bulletCredit");
            if (credit != null) {
                bylines.read(credit.replaceFirst("[：:]$", ""), true);
            }
        }

        private static String firstOf(Matcher matcher, String... groups) {
            for (String group : groups) {
                if (matcher.group(group) != null) {
                    return matcher.group(group);
                }
            }
            return null;
        }

        String bodyText(int[] text) {
            StringBuilder out = new StringBuilder();
            body.forEach((start, end) -> out.append(new String(text, start, end - start)).append('\n'));
            return out.toString();
        }

        Article toArticle(String issueDate) {
            Map<String, String> metadata = new HashMap<>(dateline);
            bylines.into(metadata);
            List<String> main = new ArrayList<>();
            List<String> sub = new ArrayList<>();
            titles.sort((a, b) -> Integer.compare(a.start, b.start));
            for (Paragraph title : titles) {
                (title.text.startsWith("——") ? sub : main).add(title.text);
            }
            if (main.isEmpty() && !sub.isEmpty()) {
                main.add(sub.remove(0));
            }
            if (!main.isEmpty()) {
                metadata.put(Article.HEADLINE, main.remove(main.size() - 1));
                main.addAll(sub);
                if (!main.isEmpty()) {
                    metadata.put(Article.SUBHEADLINE, String.join(Article.SEPARATOR, main));
                }
            }
            String date = metadata.get(Article.DATE);
            if (date == null && lead != null) {
                Matcher first = NewsText.firstDate(firstSentence(lead));
                date = first == null ? null : IsoDates.partial(first.group("year"), first.group("month"), first.group("day"));
            }
            if (date != null) {
                metadata.put(Article.DATE, IsoDates.complete(date, issueDate));
            }
            List<Article.Span> spans = body.entrySet().stream().map(e -> new Article.Span(e.getKey(), e.getValue())).toList();
            return new Article(Math.min(start, spans.get(0).start()), spans, metadata);
        }

        private static String firstSentence(String lead) {
            int end = lead.indexOf('。');
            return end < 0 ? lead : lead.substring(0, end);
        }
    }
}
