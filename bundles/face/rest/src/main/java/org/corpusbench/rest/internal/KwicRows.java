package org.corpusbench.rest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.analysis.Column;

/**
 * Reads the rows of the {@code kwic} analysis by their column names (hit, hits, document, left, node,
 * right, start, end, original_start, original_end, position), so a column added to the analysis
 * changes nothing here.
 */
final class KwicRows {
    private static final List<String> NEEDED = List.of("hit", "hits", "document", "left", "node", "right", "start", "end",
            "original_start", "original_end", "position");
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param columns the analysis's columns
     * @throws CorpusException if one this reads is missing
     */
    KwicRows(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        for (String name : NEEDED) {
            if (!index.containsKey(name)) {
                throw new CorpusException("The installed " + ConcordanceResource.ANALYSIS + " analysis has no column '" + name + "'");
            }
        }
    }

    /** @return the query's hit count, which every row repeats */
    long hits(List<Object> row) {
        return number(row, "hits");
    }

    /**
     * @param row a row of the analysis
     * @param corpus the corpus it came from, for the document's index and metadata
     * @return the line
     */
    Wire.ConcordanceLine line(List<Object> row, CorpusView corpus) {
        String id = (String) row.get(index.get("document"));
        long position = number(row, "position");
        int document = documentIndex(corpus, id, position);
        return new Wire.ConcordanceLine(number(row, "hit"), document, id, corpus.metadata(document), text(row, "left"),
                text(row, "node"), text(row, "right"), number(row, "start"), number(row, "end"), number(row, "original_start"),
                number(row, "original_end"), position);
    }

    /** The document holding the hit's token, checked against the row's id (the corpus may have been replaced meanwhile). */
    private static int documentIndex(CorpusView corpus, String id, long position) {
        if (position >= 0 && position < corpus.tokenCount()) {
            int document = corpus.documentOf((int) position);
            if (corpus.documentId(document).equals(id)) {
                return document;
            }
        }
        return corpus.documentIndex(id);
    }

    private long number(List<Object> row, String column) {
        return ((Number) row.get(index.get(column))).longValue();
    }

    private String text(List<Object> row, String column) {
        return (String) row.get(index.get(column));
    }
}
