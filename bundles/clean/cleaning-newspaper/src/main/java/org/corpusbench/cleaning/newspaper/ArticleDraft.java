package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.corpusbench.api.Article;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.corpusbench.cleaning.newspaper.PageParagraphs.Paragraph;

/** An article while the page is read: its body spans, titles, bylines and what its dateline said. */
final class ArticleDraft {
    int start;
    final TreeMap<Integer, Integer> body = new TreeMap<>();
    final List<Paragraph> titles = new ArrayList<>();
    final Bylines bylines = new Bylines();
    final Map<String, String> dateline = new HashMap<>();
    String lead;

    ArticleDraft(int start, String column) {
        this.start = start;
        if (column != null) {
            dateline.put(ArticleSplitter.COLUMN, column);
        }
    }

    /** Keeps a byline, credit or dateline as printed, so that every character of the page stays somewhere. */
    void printed(String key, String text) {
        dateline.merge(key, text.strip(), (x, y) -> x + ArticleMetadata.SEPARATOR + y);
    }

    /** Reads the date under a letter's signature, which dates the letter. */
    void sign(String text) {
        Matcher date = NewsText.firstDate(text);
        if (NewsText.isDateOnly(text) && date != null) {
            String iso = IsoDates.partial(date.group("year"), date.group("month"), date.group("day"));
            if (iso != null) {
                dateline.put(ArticleMetadata.DATE, iso);
            }
        }
    }

    /** Takes over what a draft without body read: its printed bylines and their names. */
    void inherit(ArticleDraft empty) {
        empty.dateline.forEach((key, value) -> {
            if (key.equals(ArticleMetadata.DATE) || key.equals(ArticleMetadata.PLACE) || key.equals(ArticleMetadata.AGENCY)) {
                dateline.putIfAbsent(key, value); // one value each: the article's own wins
            } else {
                dateline.merge(key, value, (x, y) -> x + ArticleMetadata.SEPARATOR + y);
            }
        });
        bylines.add(empty.bylines);
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    void readDateline(Matcher matcher) {
        String place = firstOf(matcher, "place", "district", "agencyPlace", "bracketPlace");
        if (place != null && !place.isEmpty()) {
            dateline.put(ArticleMetadata.PLACE, place);
        }
        if (matcher.group("agency") != null) {
            dateline.put(ArticleMetadata.AGENCY, matcher.group("agency"));
        }
        String month = matcher.group("month") != null ? matcher.group("month") : matcher.group("localMonth");
        String day = matcher.group("month") != null ? matcher.group("day") : matcher.group("localDay");
        String date = month == null ? null : IsoDates.partial(null, month, day);
        if (date != null) {
            dateline.put(ArticleMetadata.DATE, date);
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
            metadata.put(ArticleMetadata.HEADLINE, main.remove(main.size() - 1));
            main.addAll(sub);
            if (!main.isEmpty()) {
                metadata.put(ArticleMetadata.SUBHEADLINE, String.join(ArticleMetadata.SEPARATOR, main));
            }
        }
        String date = metadata.get(ArticleMetadata.DATE);
        if (date == null && lead != null) {
            Matcher first = NewsText.firstDate(firstSentence(lead));
            date = first == null ? null : IsoDates.partial(first.group("year"), first.group("month"), first.group("day"));
        }
        if (date != null) {
            metadata.put(ArticleMetadata.DATE, IsoDates.complete(date, issueDate));
        }
        List<Article.Span> spans = body.entrySet().stream().map(e -> new Article.Span(e.getKey(), e.getValue())).toList();
        return new Article(Math.min(start, spans.get(0).start()), spans, metadata);
    }

    private static String firstSentence(String lead) {
        int end = lead.indexOf('。');
        return end < 0 ? lead : lead.substring(0, end);
    }
}
