package org.corpusbench.analysis.concordance;

import org.corpusbench.api.CorpusView;

/**
 * The document of positions visited in ascending order, found by stepping forward instead of a
 * search per position: hits come in corpus order.
 */
final class DocumentCursor {
    private final CorpusView corpus;
    private int document = -1;
    private int from;
    private int to;

    DocumentCursor(CorpusView corpus) {
        this.corpus = corpus;
    }

    /** Moves to the document holding the position; a smaller position than before searches afresh. */
    DocumentCursor moveTo(int position) {
        if (document < 0 || position < from) {
            document = corpus.documentOf(position);
            bounds();
        }
        while (position >= to) {
            document++;
            bounds();
        }
        return this;
    }

    private void bounds() {
        from = corpus.documentStart(document);
        to = corpus.documentStart(document + 1);
    }

    int document() {
        return document;
    }

    boolean contains(int position) {
        return position >= from && position < to;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }
}
