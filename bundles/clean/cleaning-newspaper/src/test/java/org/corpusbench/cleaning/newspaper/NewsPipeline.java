package org.corpusbench.cleaning.newspaper;

import org.corpusbench.cleaning.text.TextSteps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.OffsetMap;

/** The steps of this bundle in their default order, as the importer runs them, for tests. */
final class NewsPipeline {
    private static final List<UnaryOperator<CleanedText>> STEPS = List.of(
            text -> TextSteps.whitespace(Map.of()).clean(text.text()),
            text -> TextSteps.width(Map.of()).clean(text.text()),
            text -> NewspaperStages.furniture(Map.of()).clean(text.text()),
            text -> NewspaperStages.rejoinLines(Map.of()).clean(text.text()));

    /** A page after cleaning, with the metadata the steps found and its articles. */
    record Page(CleanedText cleaned, List<Article> articles) {
        String text(Article.Span span) {
            String text = cleaned.text();
            return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
        }

        String body(Article article) {
            StringBuilder body = new StringBuilder();
            for (Article.Span span : article.body()) {
                body.append(body.length() == 0 ? "" : "\n").append(text(span));
            }
            return body.toString();
        }
    }

    private NewsPipeline() {
    }

    static Path seeds() {
        return Path.of("../../../seeds");
    }

    static Page page(String seedPrefix) throws IOException {
        try (var files = Files.list(seeds())) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(seedPrefix)).findFirst().orElseThrow();
            return clean(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    static Page clean(String text) {
        CleanedText cleaned = new CleanedText(text, OffsetMap.identity(text.codePointCount(0, text.length())));
        Map<String, String> metadata = new HashMap<>();
        for (UnaryOperator<CleanedText> step : STEPS) {
            CleanedText next = step.apply(cleaned);
            metadata.putAll(next.metadata());
            cleaned = new CleanedText(next.text(), cleaned.offsets().andThen(next.offsets()), metadata, Map.of());
        }
        return new Page(cleaned, NewspaperStages.articles(Map.of()).split(cleaned.text(), metadata));
    }

    static FurnitureRemover defaultFurniture() {
        return new FurnitureRemover(FurnitureRemover.DEFAULTS, FurnitureRemover.GUIDE_HEADING);
    }
}
