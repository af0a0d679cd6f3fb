package org.corpusbench.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusbench.api.Article;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;

/**
 * Turns one loaded source into its documents: every cleaning step in turn (composing their offset
 * maps back to the loaded text and collecting what they found and did), then the splitter.
 *
 * <p>The documents of a source partition its original text: each keeps the stretch of the source
 * from where its article starts to where the next one starts (the first from the beginning, the last
 * to the end), so furniture and headlines are never lost and the source can be rebuilt, and cleaned
 * again, by joining its documents' original texts. A document's cleaned text is its article's body
 * spans, one paragraph per line; its id is the source's, followed by {@code #n} when the source holds
 * several articles. Each document carries what the steps found about the source, the
 * article's metadata and the cleaning report as {@link CleaningReport} reads it. Thread-safe if the
 * steps and the splitter are.
 *
 * @param steps cleaning steps in the order they run, by name
 * @param splitter splits a cleaned source into articles, or null to keep each source whole
 */
record SourceCleaner(Map<String, CleaningStep> steps, DocumentSplitter splitter) {
    /**
     * A document and the map from its cleaned text to its original text.
     *
     * @param document the document
     * @param offsets its offset map
     */
    record Cleaned(Document document, OffsetMap offsets) {
    }

    List<Cleaned> clean(Source source, String text) {
        CleanedText cleaned = new CleanedText(text, OffsetMap.identity(text.codePointCount(0, text.length())));
        Map<String, String> found = new HashMap<>();
        Map<String, String> report = new LinkedHashMap<>();
        for (Map.Entry<String, CleaningStep> step : steps.entrySet()) {
            CleanedText next = step.getValue().clean(cleaned.text());
            found.putAll(next.metadata());
            next.report().forEach((key, count) -> report.put(CleaningReport.PREFIX + step.getKey() + "." + key, Integer.toString(count)));
            cleaned = new CleanedText(next.text(), cleaned.offsets().andThen(next.offsets()));
        }
        List<Article> articles = splitter == null ? List.of() : splitter.split(cleaned.text(), Map.copyOf(found));
        report.put(CleaningReport.ARTICLES, Integer.toString(articles.size()));
        Map<String, String> sourceMetadata = new HashMap<>(found);
        sourceMetadata.putAll(report);
        if (articles.isEmpty()) {
            return List.of(new Cleaned(new Document(source.id(), source.id(), sourceMetadata, text, cleaned.text()), cleaned.offsets()));
        }
        return split(source, text, cleaned, articles, sourceMetadata);
    }

    private static List<Cleaned> split(Source source, String text, CleanedText cleaned, List<Article> articles,
            Map<String, String> sourceMetadata) {
        int[] original = text.codePoints().toArray();
        int[] cleanedText = cleaned.text().codePoints().toArray();
        OffsetMap map = cleaned.offsets();
        List<Cleaned> documents = new ArrayList<>();
        for (int k = 0; k < articles.size(); k++) {
            Article article = articles.get(k);
            int from = k == 0 ? 0 : map.toOriginal(article.start());
            int to = k + 1 == articles.size() ? original.length : map.toOriginal(articles.get(k + 1).start());
            StringBuilder body = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            for (Article.Span span : article.body()) {
                if (body.length() > 0) {
                    body.append('\n');
                    offsets.add(map.toOriginal(span.start()) - from);
                }
                for (int i = span.start(); i < span.end(); i++) {
                    body.appendCodePoint(cleanedText[i]);
                    offsets.add(map.toOriginal(i) - from);
                }
            }
            offsets.add(to - from);
            Map<String, String> metadata = new HashMap<>(sourceMetadata);
            metadata.putAll(article.metadata());
            String id = articles.size() == 1 ? source.id() : source.id() + "#" + (k + 1);
            Document document = new Document(id, source.id(), metadata, new String(original, from, to - from), body.toString());
            documents.add(new Cleaned(document, OffsetMap.of(offsets.stream().mapToInt(Integer::intValue).toArray())));
        }
        return documents;
    }
}
