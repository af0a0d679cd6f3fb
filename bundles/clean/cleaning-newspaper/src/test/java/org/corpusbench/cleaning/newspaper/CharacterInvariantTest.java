package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.corpusbench.api.Article;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.junit.jupiter.api.Test;

/**
 * The promise that cleaning never deletes text, checked on every labelled page, on thousands of
 * mutations of them (line breaks added and removed, blank lines added, blocks swapped) and on pages
 * generated from the shapes newspapers print: every non-space character of the page (compatibility
 * normalised, so that the width step's changes do not count) is in a document's body or in a
 * metadata value at least as often as in the page, and every name in metadata is part of a byline,
 * dateline or credit the article kept as printed, so no name is invented.
 */
class CharacterInvariantTest {
    private static final List<String> NAME_KEYS = List.of(ArticleMetadata.REPORTERS, ArticleMetadata.CORRESPONDENTS, ArticleMetadata.PHOTOGRAPHERS,
            ArticleMetadata.INTERNS, ArticleMetadata.COMMENTATORS);
    private static final int MUTATIONS_PER_PAGE = 40;
    private static final int GENERATED_PAGES = 1500;

    @Test
    void everyLabelledPageKeepsEveryCharacter() {
        for (PageFixture.LabelledPage page : PageFixture.load()) {
            assertKept(page.name(), page.text());
        }
    }

    @Test
    void mutatedPagesKeepEveryCharacter() {
        Random random = new Random(13);
        for (PageFixture.LabelledPage page : PageFixture.load()) {
            for (int m = 0; m < MUTATIONS_PER_PAGE; m++) {
                assertKept(page.name() + " mutation " + m, mutate(page.text(), random));
            }
        }
    }

    @Test
    void generatedPagesKeepEveryCharacter() {
        Random random = new Random(31);
        for (int p = 0; p < GENERATED_PAGES; p++) {
            assertKept("generated page " + p, PageGenerator.page(random));
        }
    }

    @Test
    void theCheckFailsWhenACharacterIsDropped() {
        Map<Integer, Integer> page = counts("本报讯（记者 王磊）会议召开。");
        Map<Integer, Integer> kept = counts("会议召开。王磊");

        assertTrue(!missing(page, kept).isEmpty(), "the check must be able to fail");
        assertEquals("", missing(counts("会议召开。"), counts("会议召开。")));
    }

    private static void assertKept(String name, String text) {
        NewsPipeline.Page cleaned = NewsPipeline.clean(text);
        StringBuilder out = new StringBuilder();
        cleaned.cleaned().metadata().values().forEach(out::append);
        for (Article article : cleaned.articles()) {
            out.append(cleaned.body(article));
            article.metadata().values().forEach(out::append);
            String printed = PageFixture.key(article.metadata().getOrDefault(ArticleMetadata.BYLINE, "")
                    + article.metadata().getOrDefault(ArticleMetadata.DATELINE, ""));
            for (String key : NAME_KEYS) {
                String names = article.metadata().get(key);
                for (String person : names == null ? new String[0] : names.split(ArticleMetadata.NAME_SEPARATOR)) {
                    assertTrue(printed.contains(PageFixture.key(person)), name + ": " + key + " " + person + " is in no byline: " + printed);
                }
            }
        }
        String lost = missing(counts(text), counts(out.toString()));
        assertEquals("", lost, name + ": characters lost");
    }

    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().filter(cp -> !Character.isWhitespace(cp))
                .forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }

    private static String missing(Map<Integer, Integer> page, Map<Integer, Integer> kept) {
        StringBuilder missing = new StringBuilder();
        page.forEach((cp, count) -> {
            if (kept.getOrDefault(cp, 0) < count) {
                missing.appendCodePoint(cp);
            }
        });
        return missing.toString();
    }

    /** Adds or removes a line break, adds a blank line or swaps two blocks, a few times. */
    private static String mutate(String text, Random random) {
        StringBuilder page = new StringBuilder(text);
        for (int k = 1 + random.nextInt(4); k > 0 && page.length() > 2; k--) {
            int at = random.nextInt(page.length());
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (!Character.isLowSurrogate(page.charAt(at))) {
                        page.insert(at, '\n');
                    }
                }
                case 1 -> {
                    int newline = page.indexOf("\n", at);
                    if (newline >= 0) {
                        page.deleteCharAt(newline);
                    }
                }
                case 2 -> {
                    int newline = page.indexOf("\n", at);
                    if (newline >= 0) {
                        page.insert(newline, '\n');
                    }
                }
                default -> {
                    List<String> blocks = new ArrayList<>(List.of(page.toString().split("\n\n", -1)));
                    if (blocks.size() > 1) {
                        int a = random.nextInt(blocks.size());
                        int b = random.nextInt(blocks.size());
                        String swapped = blocks.get(a);
                        blocks.set(a, blocks.get(b));
                        blocks.set(b, swapped);
                        page = new StringBuilder(String.join("\n\n", blocks));
                    }
                }
            }
        }
        return page.toString();
    }
}
