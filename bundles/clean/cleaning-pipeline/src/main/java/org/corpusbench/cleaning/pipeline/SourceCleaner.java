package org.corpusbench.cleaning.pipeline;

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
import org.corpusbench.api.PreparedCleaning.CleanedDocument;
import org.corpusbench.api.PreparedCleaning.CleanedSource;
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
 * several articles. Each document carries what the steps found about the source and the article's
 * metadata; what the steps did goes to the source's {@link CleaningReport.SourceCleaning}, never into
 * the documents' metadata. Thread-safe if the steps and the splitter are.
 *
 * @param steps cleaning steps in the order they run, by name
 * @param splitter splits a cleaned source into articles, or null to keep each source whole
 */
public record SourceCleaner(Map<String, CleaningStep> steps, DocumentSplitter splitter) {
    /** Copies the steps, keeping their order. */
    public SourceCleaner {
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /**
     * @param source the source
     * @param text its decoded text
     * @return its documents and what cleaning did
     */
    public CleanedSource clean(Source source, String text) {
        CleanedText cleaned = new CleanedText(text, OffsetMap.identity(text.codePointCount(0, text.length())));
        Map<String, String> found = new HashMap<>();
        Map<String, Map<String, Integer>> report = new LinkedHashMap<>();
        for (Map.Entry<String, CleaningStep> step : steps.entrySet()) {
            CleanedText next = step.getValue().clean(cleaned.text());
            found.putAll(next.metadata());
            report.put(step.getKey(), next.report());
            cleaned = new CleanedText(next.text(), cleaned.offsets().andThen(next.offsets()));
        }
        List<Article> articles = splitter == null ? List.of() : splitter.split(cleaned.text(), Map.copyOf(found));
        List<CleanedDocument> documents = articles.isEmpty()
                ? List.of(new CleanedDocument(new Document(source.id(), source.id(), found, text, cleaned.text()), cleaned.offsets()))
                : split(source, text, cleaned, articles, found);
        return new CleanedSource(documents, new CleaningReport.SourceCleaning(source.id(), documents.size(), articles.size(), report));
    }

    private static List<CleanedDocument> split(Source source, String text, CleanedText cleaned, List<Article> articles,
            Map<String, String> sourceMetadata) {
        int[] original = text.codePoints().toArray();
        int[] cleanedText = cleaned.text().codePoints().toArray();
        OffsetMap map = cleaned.offsets();
        List<CleanedDocument> documents = new ArrayList<>();
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
            documents.add(new CleanedDocument(document, OffsetMap.of(offsets.stream().mapToInt(Integer::intValue).toArray())));
        }
        return documents;
    }
}
