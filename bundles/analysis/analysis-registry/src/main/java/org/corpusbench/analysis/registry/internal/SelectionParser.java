package org.corpusbench.analysis.registry.internal;

import java.util.BitSet;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;

/**
 * Reads a document selection: {@code all}, document indices and ranges such as {@code 0-3,7}, or a
 * metadata match {@code key=value}; the key {@code source} matches the source id. Anything else,
 * the empty text included, is an error naming the input: a selection that cannot be read must
 * never fall back to every document.
 */
final class SelectionParser {

    private SelectionParser() {
    }

    static DocumentSelection parse(String expression, CorpusView corpus) {
        if (expression == null) {
            throw invalid("", "it is missing");
        }
        // Before trim(), which would silently drop control characters ("%00" became "all").
        ParameterText.requirePrintable("selection", expression);
        String trimmed = expression.trim();
        if (trimmed.isEmpty()) {
            throw invalid(expression, "it is empty");
        }
        if (trimmed.equals("all")) {
            return DocumentSelection.ALL;
        }
        BitSet documents = trimmed.contains("=") ? byMetadata(trimmed, corpus) : byIndex(trimmed, corpus.documentCount());
        return new DocumentSelection(trimmed, documents::get);
    }

    private static BitSet byMetadata(String expression, CorpusView corpus) {
        int equals = expression.indexOf('=');
        String key = expression.substring(0, equals).trim();
        String value = expression.substring(equals + 1).trim();
        if (key.isEmpty() || value.isEmpty()) {
            throw invalid(expression, "a metadata match needs a key and a value");
        }
        BitSet documents = new BitSet();
        for (int i = 0; i < corpus.documentCount(); i++) {
            var document = corpus.document(i);
            String actual = key.equals("source") ? document.sourceId() : document.metadata().get(key);
            if (value.equals(actual)) {
                documents.set(i);
            }
        }
        return documents;
    }

    private static BitSet byIndex(String expression, int documentCount) {
        BitSet documents = new BitSet();
        // -1 keeps trailing empty parts, so "1," is an error rather than "1".
        for (String untrimmed : expression.split(",", -1)) {
            String part = untrimmed.trim();
            if (part.isEmpty()) {
                throw invalid(expression, "an item between commas is empty");
            }
            String[] bounds = part.split("-", -1);
            if (bounds.length > 2) {
                throw invalid(expression, "'" + part + "' is not an index or a range");
            }
            int from = index(bounds[0], part, expression, documentCount);
            int to = bounds.length == 2 ? index(bounds[1], part, expression, documentCount) : from;
            if (to < from) {
                throw invalid(expression, "range '" + part + "' runs backwards");
            }
            documents.set(from, to + 1);
        }
        return documents;
    }

    private static int index(String text, String part, String expression, int documentCount) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw invalid(expression, "'" + part + "' is missing a document index");
        }
        // Digits 0-9 only: Integer.parseInt would take "+1" and full-width or Arabic-Indic digits.
        if (!ParameterText.isDigits(trimmed)) {
            throw invalid(expression, "'" + trimmed + "' is not a document index");
        }
        // Compared as a long so that an index beyond int is "does not exist", not a parse error.
        long index = trimmed.length() > 18 ? Long.MAX_VALUE : Long.parseLong(trimmed);
        if (index >= documentCount) {
            throw invalid(expression, "document " + trimmed + " does not exist (the corpus has " + documentCount
                    + ", numbered from 0)");
        }
        return (int) index;
    }

    private static CorpusException invalid(String expression, String problem) {
        return new CorpusException("Invalid selection '" + expression + "': " + problem
                + "; use 'all', indices and ranges like '0-3,7', or 'key=value'");
    }
}
