package org.corpusbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.testing.NewspaperText;

/** Newspaper-like text made from the seed pages and the cleaning fixtures' pages. */
final class TestTexts {
    static final Path SEEDS = Path.of(System.getProperty("corpusbench.seeds", "../seeds"));
    static final Path PAGES = Path.of(System.getProperty("corpusbench.pages",
            "../bundles/clean/cleaning-newspaper/src/test/resources/pages"));

    private TestTexts() {
    }

    static List<String> pages() {
        try {
            return NewspaperText.realPages(SEEDS, PAGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return this many generated documents of about this many bytes each, the same for the same seed */
    static List<String> documents(int count, int bytes, long seed) {
        List<String> pages = pages();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(NewspaperText.generated(pages, bytes, seed * 1_000 + i));
        }
        return documents;
    }
}
