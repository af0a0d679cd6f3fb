package org.corpusbench.cleaning.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corpusbench.api.CodePoints;
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
 * the documents' metadata. Every step and the splitter are held to {@link CharacterAccount}: a
 * source a step would lose characters of is kept as loaded, not cleaned, and one the splitter
 * would is kept cleaned but whole; the report says which ({@link #CHARACTER_CHECK}), so damaged
 * text is never stored. Thread-safe if the steps and the splitter are.
 *
 * @param steps cleaning steps in the order they run, by name
 * @param splitter splits a cleaned source into articles, or null to keep each source whole
 */
public record SourceCleaner(Map<String, CleaningStep> steps, DocumentSplitter splitter) {
    /**
     * The report's entry for a source kept uncleaned, or cleaned but not split, because a stage
     * would have lost characters ({@link CharacterAccount}): {@code <stage>.lost} counts them.
     */
    public static final String CHARACTER_CHECK = "character-check";
    /**
     * The report's entry for a source kept as loaded (a step threw) or kept whole (the splitter
     * threw): the stage's name counts 1.
     */
    public static final String FAILED_STAGE = "failed-stage";
    private static final String LOST = ".lost";
    private static final String SPLITTER = "splitter";

    /** Copies the steps, keeping their order. */
    public SourceCleaner {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
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
            CleanedText next;
            try {
                next = step.getValue().clean(cleaned.text());
            } catch (RuntimeException e) {
                return asLoaded(source, text, FAILED_STAGE, step.getKey(), 1); // a plug-in's bug must not stop the other sources
            }
            String lost = CharacterAccount.ofStep(cleaned.text(), next.offsets(), next.metadata().values());
            if (!lost.isEmpty()) {
                return asLoaded(source, text, CHARACTER_CHECK, step.getKey() + LOST, lost.codePointCount(0, lost.length()));
            }
            found.putAll(next.metadata());
            report.put(step.getKey(), next.report());
            cleaned = new CleanedText(next.text(), cleaned.offsets().andThen(next.offsets()));
        }
        List<Article> articles;
        try {
            articles = splitter == null ? List.of() : splitter.split(cleaned.text(), Map.copyOf(found));
        } catch (RuntimeException e) {
            report.put(FAILED_STAGE, Map.of(SPLITTER, 1));
            articles = List.of();
        }
        if (!articles.isEmpty()) {
            // only the articles' values: what the steps recorded accounts for what the steps removed
            List<String> values = new ArrayList<>();
            articles.forEach(article -> values.addAll(article.metadata().values()));
            String lost = CharacterAccount.ofSplit(cleaned.text(), articles, values);
            if (!lost.isEmpty()) {
                // cleaned but kept whole: splitting it would have dropped text
                report.put(CHARACTER_CHECK, Map.of(SPLITTER + LOST, lost.codePointCount(0, lost.length())));
                articles = List.of();
            }
        }
        List<CleanedDocument> documents = articles.isEmpty()
                ? List.of(new CleanedDocument(new Document(source.id(), source.id(), found, text, cleaned.text()), cleaned.offsets()))
                : split(source, text, cleaned, articles, found);
        return new CleanedSource(documents, new CleaningReport.SourceCleaning(source.id(), documents.size(), articles.size(), report));
    }

    /**
     * The source as loaded, one document not cleaned at all, when a step failed on it or would have
     * dropped some of its text: the report's entry says which step, and how.
     */
    private static CleanedSource asLoaded(Source source, String text, String entry, String step, int count) {
        Document whole = new Document(source.id(), source.id(), Map.of(), text, text);
        return new CleanedSource(List.of(new CleanedDocument(whole, OffsetMap.identity(text.codePointCount(0, text.length())))),
                new CleaningReport.SourceCleaning(source.id(), 1, 0, Map.of(entry, Map.of(step, count))));
    }

    private static List<CleanedDocument> split(Source source, String text, CleanedText cleaned, List<Article> articles,
            Map<String, String> sourceMetadata) {
        // without surrogate pairs a code point's index is its char's: substrings instead of code point arrays
        int[] original = isBmpOnly(text) ? null : CodePoints.of(text);
        int originalLength = original == null ? text.length() : original.length;
        int[] cleanedText = isBmpOnly(cleaned.text()) ? null : CodePoints.of(cleaned.text());
        OffsetMap map = cleaned.offsets();
        List<CleanedDocument> documents = new ArrayList<>();
        for (int k = 0; k < articles.size(); k++) {
            Article article = articles.get(k);
            int from = k == 0 ? 0 : map.toOriginal(article.start());
            int to = k + 1 == articles.size() ? originalLength : map.toOriginal(articles.get(k + 1).start());
            int length = Math.max(0, article.body().size() - 1);
            for (Article.Span span : article.body()) {
                length += span.end() - span.start();
            }
            StringBuilder body = new StringBuilder();
            int[] offsets = new int[length + 1];
            int at = 0;
            for (Article.Span span : article.body()) {
                if (at > 0) {
                    body.append('\n');
                    offsets[at++] = map.toOriginal(span.start()) - from;
                }
                if (cleanedText == null) {
                    body.append(cleaned.text(), span.start(), span.end());
                } else {
                    for (int i = span.start(); i < span.end(); i++) {
                        body.appendCodePoint(cleanedText[i]);
                    }
                }
                for (int i = span.start(); i < span.end(); i++) {
                    offsets[at++] = map.toOriginal(i) - from;
                }
            }
            offsets[at] = to - from;
            Map<String, String> metadata = new HashMap<>(sourceMetadata);
            metadata.putAll(article.metadata());
            String id = articles.size() == 1 ? source.id() : source.id() + "#" + (k + 1);
            Document document = new Document(id, source.id(), metadata, original == null ? text.substring(from, to) : new String(original, from, to - from), body.toString());
            documents.add(new CleanedDocument(document, OffsetMap.of(offsets)));
        }
        return documents;
    }

    /** @return whether the text has no surrogate pairs (checked by char, as String.codePointCount would count them) */
    private static boolean isBmpOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
