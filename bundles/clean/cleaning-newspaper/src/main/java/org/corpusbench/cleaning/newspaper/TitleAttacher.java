package org.corpusbench.cleaning.newspaper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corpusbench.cleaning.newspaper.PageParagraphs.Paragraph;
import org.corpusbench.api.CodePoints;
import org.corpusbench.api.TokenType;

/**
 * Gives each title of a page to an article by evidence, since pages print headlines after the body
 * (000), before it (001) or several in one block (002): each title goes to the candidate article (the
 * two before its block and the one after) whose body shares most of its Chinese character bigrams, a
 * headline's words recurring in its article. When the evidence is weak the page's own habit decides:
 * the direction most confident titles of the page took. A title that heads an article without byline
 * goes to that article; a title that finds no article stays in the text.
 */
final class TitleAttacher {
    private static final double WEAK_EVIDENCE = 0.15;
    private static final int EARLIER_CANDIDATES = 2;

    private TitleAttacher() {
    }

    /** Gives each title to the candidate article its words recur in most, the page's habit breaking ties. */
    static void attach(List<List<Paragraph>> groups, List<ArticleDraft> articles, String text) {
        // a body's bigrams only when a title is near it: most articles of a page have no candidate title
        BigramTable[] bodyBigrams = new BigramTable[articles.size()];
        int[] codePoints = groups.isEmpty() ? null : CodePoints.of(text);
        int after = 0;
        int before = 0;
        List<Paragraph> titles = new ArrayList<>();
        for (List<Paragraph> group : groups) {
            for (Paragraph title : group) {
                titles.add(title);
                int firstAfter = firstArticleAfter(articles, title.start);
                title.firstArticleAfter = firstAfter;
                long[] words = bigrams(title.text);
                for (int a = Math.max(0, firstAfter - EARLIER_CANDIDATES); a <= Math.min(firstAfter, articles.size() - 1); a++) {
                    if (bodyBigrams[a] == null) {
                        bodyBigrams[a] = BigramTable.of(articles.get(a), codePoints);
                    }
                    title.scores.put(a, overlap(words, bodyBigrams[a]));
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
                ArticleDraft nearest = articles.get(Math.max(0, firstAfter - 1));
                nearest.body.put(title.start, title.end);
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            ArticleDraft article = articles.get(a);
            int previousEnd = a == 0 ? 0 : articles.get(a - 1).body.lastEntry().getValue();
            for (Paragraph title : article.titles) {
                if (title.start < article.start && title.start >= previousEnd) {
                    article.start = title.start;
                }
            }
        }
    }

    private static int firstArticleAfter(List<ArticleDraft> articles, int position) {
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

    /** @return the text's distinct bigrams of two Chinese characters, each packed in a long, sorted */
    private static long[] bigrams(String text) {
        long[] bigrams = new long[Math.max(0, text.length() - 1)];
        int count = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (previous >= 0 && isBigram(previous, cp)) {
                bigrams[count++] = bigram(previous, cp);
            }
            previous = cp;
        }
        return distinct(bigrams, count);
    }

    /** @return whether two neighbouring code points make a bigram: both are Chinese characters */
    static boolean isBigram(int first, int second) {
        return TokenType.isHan(first) && TokenType.isHan(second);
    }

    /** @return the bigram packed in a long: a code point takes at most 21 bits */
    static long bigram(int first, int second) {
        return (long) first << 21 | second;
    }

    /** @return the first {@code count} bigrams, sorted, without repeats */
    private static long[] distinct(long[] bigrams, int count) {
        Arrays.sort(bigrams, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || bigrams[distinct - 1] != bigrams[i]) {
                bigrams[distinct++] = bigrams[i];
            }
        }
        return Arrays.copyOf(bigrams, distinct);
    }


    /** @return the share of the title's bigrams that the body has */
    private static double overlap(long[] title, BigramTable body) {
        if (title.length == 0) {
            return 0;
        }
        int shared = 0;
        for (long bigram : title) {
            shared += body.contains(bigram) ? 1 : 0;
        }
        return shared / (double) title.length;
    }
}
