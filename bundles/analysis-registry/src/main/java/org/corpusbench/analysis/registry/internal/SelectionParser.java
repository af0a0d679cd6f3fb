package org.corpusbench.analysis.registry.internal;

import java.util.BitSet;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;

/**
 * Reads a document selection: {@code all} (or empty), document indices and ranges such as
 * {@code 0-3,7}, or a metadata match {@code key=value}; the key {@code source} matches the source id.
 */
final class SelectionParser {

    private SelectionParser() {
    }

    static DocumentSelection parse(String expression, CorpusView corpus) {
        String trimmed = expression == null ? "" : expression.trim();
        if (trimmed.isEmpty() || trimmed.equals("all")) {
            return DocumentSelection.ALL;
        }
        BitSet documents = trimmed.contains("=") ? byMetadata(trimmed, corpus) : byIndex(trimmed, corpus.documentCount());
        return new DocumentSelection(trimmed, documents::get);
    }

    private static BitSet byMetadata(String expression, CorpusView corpus) {
        int equals = expression.indexOf('=');
        String key = expression.substring(0, equals).trim();
        String value = expression.substring(equals + 1).trim();
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
        for (String part : expression.split(",")) {
            String[] bounds = part.trim().split("-", -1);
            if (bounds.length > 2) {
                throw invalid(expression, "'" + part + "' is not an index or a range");
            }
            int from = index(bounds[0], expression, documentCount);
            int to = bounds.length == 2 ? index(bounds[1], expression, documentCount) : from;
            if (to < from) {
                throw invalid(expression, "range '" + part + "' runs backwards");
            }
            documents.set(from, to + 1);
        }
        return documents;
    }

    private static int index(String text, String expression, int documentCount) {
        try {
            int index = Integer.parseInt(text.trim());
            if (index < 0 || index >= documentCount) {
                throw invalid(expression, "document " + index + " does not exist (the corpus has " + documentCount + ")");
            }
            return index;
        } catch (NumberFormatException e) {
            throw invalid(expression, "'" + text.trim() + "' is not a document index");
        }
    }

    private static CorpusException invalid(String expression, String problem) {
        return new CorpusException("Invalid selection '" + expression + "': " + problem
                + "; use 'all', indices and ranges like '0-3,7', or 'key=value'");
    }
}
