package org.corpusbench.analysis.concordance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbench.api.CodePointText;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.OffsetMap;

/**
 * The decoded documents a page of lines needs, the last few kept: a sorted page jumps between
 * documents, a page in corpus order stays in one for many lines. Not thread-safe: one per page.
 */
final class DocumentTexts {
    private static final int KEPT = 8;
    private final CorpusView corpus;
    private final Map<Integer, DocumentText> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DocumentText> eldest) {
            return size() > KEPT;
        }
    };

    DocumentTexts(CorpusView corpus) {
        this.corpus = corpus;
    }

    DocumentText get(int document) {
        return recent.computeIfAbsent(document, index -> new DocumentText(corpus.documentId(index),
                MetadataText.format(corpus.metadata(index)), new CodePointText(corpus.document(index).cleanedText()),
                corpus.offsets(index)));
    }

    /**
     * @param id the document id
     * @param metadata its metadata as one line
     * @param cleaned its cleaned text
     * @param offsets its map back to the original text
     */
    record DocumentText(String id, String metadata, CodePointText cleaned, OffsetMap offsets) {
    }
}
