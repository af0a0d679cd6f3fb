package org.corpusbench.repository.internal;

import java.util.List;
import org.corpusbench.api.Document;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.PreparedDocument;
import org.corpusbench.api.SentenceBoundaries;
import org.corpusbench.api.Token;

/**
 * A document a {@link StreamingCorpusWriter} prepared, on whichever thread: its tokens' lexicon ids
 * known then (-1 for the others), their offsets, the tokens that open its sentences
 * ({@link SentenceBoundaries}), its stored line and its header line, so that adding it in order is
 * left little more than the lexicon and copying.
 */
final class EncodedDocument extends PreparedDocument {
    private final StreamingCorpusWriter writer;
    private final int[] ids;
    private final int[] starts;
    private final int[] ends;
    private final int[] firstTokens;
    private final int sentences;
    private final byte[] line;
    private final byte[] header;

    EncodedDocument(StreamingCorpusWriter writer, Document document, OffsetMap offsets, List<Token> tokens, int[] ids, byte[] line,
            byte[] header) {
        super(document, offsets, tokens);
        this.writer = writer;
        this.ids = ids;
        this.line = line;
        this.header = header;
        starts = new int[tokens.size()];
        ends = new int[tokens.size()];
        firstTokens = new int[tokens.size()];
        int opened = 0;
        boolean sentenceOpen = false;
        for (int i = 0; i < starts.length; i++) {
            Token token = tokens.get(i);
            if (!sentenceOpen) {
                firstTokens[opened++] = i;
            }
            starts[i] = token.start();
            ends[i] = token.end();
            sentenceOpen = !SentenceBoundaries.endsSentence(token.text());
        }
        sentences = opened;
    }

    /** @return the writer that prepared it; another writer's lexicon ids mean nothing */
    StreamingCorpusWriter writer() {
        return writer;
    }

    /** @return each token's lexicon id when prepared, or -1 */
    int[] ids() {
        return ids;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    /** @return the indexes of the tokens that open a sentence, the first {@link #sentences()} of them */
    int[] firstTokens() {
        return firstTokens;
    }

    int sentences() {
        return sentences;
    }

    /** @return the document's line of {@link StoreLayout#DOCUMENTS}, without its line break */
    byte[] line() {
        return line;
    }

    /** @return its line of {@link StoreLayout#DOCUMENT_HEADERS}, without its line break */
    byte[] header() {
        return header;
    }
}
