package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corpusbench.api.TokenType;
import org.corpusbench.cleaning.newspaper.NewsText;
import org.corpusbench.api.Article;
import org.corpusbench.api.Document;
import org.corpusbench.api.Source;

import org.corpusbench.cleaning.pipeline.SourceCleaner;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' articles against the hand-labelled fixture {@code seeds-articles.tsv}: every article
 * found with its first and last sentence, headlines attached, reporters right, no line break left
 * inside a sentence and no Chinese character changed or lost, through the cleaning bundle's steps
 * and splitter with their default settings and this bundle's {@link SourceCleaner}.
 */
class LabelledSeedsTest {
    /** Words that datelines and bylines are made of; they are not kept once the names move into metadata. */
    private static final String BYLINE_WORDS = "本报|讯|记者|通讯员|实习生|融媒体|报道|摄|新华社|电|年|月|日";

    private static final List<Label> LABELS = new ArrayList<>();
    private static final List<Page> PAGES = new ArrayList<>();

    record Label(String seed, String headline, String subheadline, String reporters, String first, String last) {
        List<String> titles() {
            return Stream.of(headline, subheadline).flatMap(t -> Stream.of(t.split(" / "))).filter(t -> !t.isBlank()).toList();
        }
    }

    record Page(String seed, String text, List<PreparedCleaning.CleanedDocument> documents) {
    }

    @BeforeAll
    static void cleanTheSeeds() throws IOException {
        try (InputStream in = LabelledSeedsTest.class.getResourceAsStream("/seeds-articles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t", -1);
                    LABELS.add(new Label(f[0], f[1], f[2], f[3], f[4], f[5]));
                }
            }
        }
        SourceCleaner cleaner = new SourceCleaner(NewsSteps.defaults(), NewsSteps.splitter());
        try (Stream<Path> files = Files.list(Path.of("../../../seeds"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                PAGES.add(new Page(name.substring(0, 3), text, cleaner.clean(new Source(name, file.toString(), Map.of()), text).documents()));
            }
        }
    }

    @Test
    void everyLabelledArticleIsFoundWithItsFirstAndLastSentenceAndNothingElse() {
        int found = 0;
        for (Label label : LABELS) {
            found += article(label) != null ? 1 : 0;
        }
        int documents = PAGES.stream().mapToInt(page -> page.documents().size()).sum();
        System.out.printf("articles: %d of %d labelled found with their first and last sentence; %d documents%n",
                found, LABELS.size(), documents);
        assertEquals(LABELS.size(), found);
        assertEquals(LABELS.size(), documents, "no article that is not labelled");
    }

    @Test
    void headlinesAreAttachedToTheirArticles() {
        int attached = 0;
        int mainExact = 0;
        int labelled = 0;
        List<String> wrong = new ArrayList<>();
        for (Label label : LABELS) {
            Document article = article(label);
            if (label.titles().isEmpty() || article == null) {
                continue;
            }
            labelled++;
            String titles = article.metadata().getOrDefault(ArticleMetadata.HEADLINE, "")
                    + article.metadata().getOrDefault(ArticleMetadata.SUBHEADLINE, "");
            if (sortedHan(titles).equals(sortedHan(String.join("", label.titles())))) { // all its title lines, and only those
                attached++;
            } else {
                wrong.add(label.headline() + " -> " + article.metadata().get(ArticleMetadata.HEADLINE));
            }
            if (normal(label.headline()).equals(normal(article.metadata().getOrDefault(ArticleMetadata.HEADLINE, "")))) {
                mainExact++;
            }
        }
        System.out.printf("headlines: %d of %d articles have all and only their title lines (%.1f%%); main headline exactly "
                + "as labelled: %d; not attached: %s%n", attached, labelled, 100.0 * attached / labelled, mainExact, wrong);
        assertTrue(attached >= 0.95 * labelled, "attached: " + attached + " of " + labelled + "; wrong: " + wrong);
    }

    @Test
    void reportersAreRight() {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Label label : LABELS) {
            Document article = article(label);
            String reporters = article == null ? null : article.metadata().getOrDefault(ArticleMetadata.REPORTERS, "");
            if (label.reporters().equals(reporters)) {
                right++;
            } else {
                wrong.add(label.reporters() + " != " + reporters);
            }
        }
        System.out.printf("reporters: %d of %d right%n", right, LABELS.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void noLineBreakIsLeftInsideASentence() {
        int inside = 0;
        int breaks = 0;
        List<String> examples = new ArrayList<>();
        for (Page page : PAGES) {
            for (PreparedCleaning.CleanedDocument cleaned : page.documents()) {
                String text = cleaned.document().cleanedText();
                for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                    breaks++;
                    if (!NewsText.endsSentence(text.substring(0, i)) && !NewsText.isDateOnly(text.substring(i + 1).split("\n")[0])) {
                        inside++;
                        examples.add(text.substring(Math.max(0, i - 10), Math.min(text.length(), i + 10)));
                    }
                }
            }
        }
        System.out.printf("line breaks: %d paragraph breaks, %d inside a sentence%n", breaks, inside);
        assertEquals(List.of(), examples);
    }

    @Test
    void noChineseCharacterIsChangedOrLost() {
        int changed = 0;
        int kept = 0;
        List<String> lost = new ArrayList<>();
        for (Page page : PAGES) {
            int[] source = page.text().codePoints().toArray();
            boolean[] covered = new boolean[source.length];
            StringBuilder metadata = new StringBuilder();
            int base = 0;
            for (PreparedCleaning.CleanedDocument cleaned : page.documents()) {
                Document document = cleaned.document();
                int[] text = document.cleanedText().codePoints().toArray();
                for (int i = 0; i < text.length; i++) {
                    int original = base + cleaned.offsets().toOriginal(i);
                    if (TokenType.isHan(text[i])) {
                        kept++;
                        changed += source[original] == text[i] ? 0 : 1;
                    }
                    covered[original] = true;
                }
                document.metadata().values().forEach(metadata::append);
                base += document.originalText().codePointCount(0, document.originalText().length());
            }
            assertEquals(source.length, base, "the documents' original texts partition the source");
            String inMetadata = han(metadata.toString());
            StringBuilder uncovered = new StringBuilder();
            for (int i = 0; i <= source.length; i++) {
                if (i == source.length || source[i] == '\n') {
                    String run = han(uncovered.toString());
                    boolean explained = inMetadata.contains(run) || Arrays.stream(run.split(BYLINE_WORDS)).allMatch(inMetadata::contains);
                    if (!explained) {
                        lost.add(page.seed() + ": " + uncovered);
                    }
                    uncovered.setLength(0);
                } else if (!covered[i]) {
                    uncovered.appendCodePoint(source[i]);
                }
            }
        }
        System.out.printf("Chinese characters: %d in the cleaned text, %d changed, %d lines losing any outside metadata%n",
                kept, changed, lost.size());
        assertEquals(0, changed);
        assertEquals(List.of(), lost);
    }

    private static Document article(Label label) {
        for (Page page : PAGES) {
            if (!page.seed().equals(label.seed())) {
                continue;
            }
            for (PreparedCleaning.CleanedDocument cleaned : page.documents()) {
                String body = normal(cleaned.document().cleanedText());
                if (body.startsWith(normal(label.first())) && body.endsWith(normal(label.last()))) {
                    return cleaned.document();
                }
            }
        }
        return null;
    }

    /** Compatibility-folded (full-width punctuation and digits as half-width) and without whitespace. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static String sortedHan(String text) {
        return han(text).codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String han(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(TokenType::isHan).forEach(han::appendCodePoint);
        return han.toString();
    }
}
