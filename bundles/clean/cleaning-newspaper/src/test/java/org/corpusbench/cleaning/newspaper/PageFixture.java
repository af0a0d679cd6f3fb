package org.corpusbench.cleaning.newspaper;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-labelled pages of {@code src/test/resources/pages}: each page {@code NAME.txt} (UTF-8, as
 * extracted from PDF or as typed) with its labels {@code NAME.expected.json} beside it. A label file
 * may instead name its page with {@code "text"}, a path from this module's directory: the seeds'
 * labels in {@code pages/seeds} point at {@code ../../../seeds} rather than copying the pages.
 *
 * <p>The label file: {@code shape} (what kind of page), {@code script} ({@code simplified} or
 * {@code traditional}), optionally {@code twinOf} (the page it is a script twin of) and
 * {@code note}, and {@code articles} in print order. Each article: {@code headline} and
 * {@code subheadline} ("" when none; several subheadlines joined by " / "), {@code reporters},
 * {@code correspondents}, {@code photographers} (names as printed), {@code place} and {@code date}
 * of its dateline ("" when none; the date as {@code MM-DD}), {@code bodyStart} and
 * {@code bodyEnd} (the first and last 10 characters of its body, whitespace left out, dateline and
 * byline not part of the body), {@code paragraphs} (how many paragraphs the body has). A key left
 * out means "not labelled" (the seeds' labels, converted from the importer's
 * {@code seeds-articles.tsv}, have no correspondents, photographers, places, dates or paragraphs),
 * and the scorer does not count it.
 */
final class PageFixture {
    /** Where the fixture lives, from this module's directory (the tests' working directory). */
    static final Path PAGES = Path.of("src/test/resources/pages");
    static final String LABELS_SUFFIX = ".expected.json";

    /** One labelled article; null fields are not labelled. */
    record Label(String headline, String subheadline, List<String> reporters, List<String> correspondents,
            List<String> photographers, String place, String date, String bodyStart, String bodyEnd, Integer paragraphs) {
    }

    /** One page with its labels. */
    record LabelledPage(String name, Path labelsFile, Path textFile, String text, String shape, String script,
            String twinOf, List<Label> articles) {
    }

    private PageFixture() {
    }

    static List<LabelledPage> load() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<LabelledPage> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(LABELS_SUFFIX)).sorted().toList()) {
                pages.add(read(file));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledPage read(Path labelsFile) throws IOException {
        String fileName = labelsFile.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - LABELS_SUFFIX.length());
        Map<?, ?> json = new ObjectMapper().readValue(labelsFile.toFile(), Map.class);
        Object textPath = json.get("text");
        Path textFile = textPath == null ? labelsFile.resolveSibling(name + ".txt") : Path.of((String) textPath);
        List<Label> articles = new ArrayList<>();
        for (Object article : (List<?>) json.get("articles")) {
            Map<?, ?> a = (Map<?, ?>) article;
            Object paragraphs = a.get("paragraphs");
            articles.add(new Label((String) a.get("headline"), (String) a.get("subheadline"), names(a.get("reporters")),
                    names(a.get("correspondents")), names(a.get("photographers")), (String) a.get("place"),
                    (String) a.get("date"), (String) a.get("bodyStart"), (String) a.get("bodyEnd"),
                    paragraphs == null ? null : ((Number) paragraphs).intValue()));
        }
        return new LabelledPage(name, labelsFile, textFile, Files.readString(textFile, StandardCharsets.UTF_8),
                (String) json.get("shape"), (String) json.get("script"), (String) json.get("twinOf"), articles);
    }

    private static List<String> names(Object value) {
        return value == null ? null : ((List<?>) value).stream().map(String.class::cast).toList();
    }

    /**
     * The form in which labels and cleaned text are compared: compatibility-normalised (so that the
     * width step's changes , -> ， do not count) and without any whitespace (so that wraps and the
     * spaces of 3 月 2 日 do not count).
     */
    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
