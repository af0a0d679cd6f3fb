package org.corpusbench.rest.internal;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.ForwardingCorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;
import org.corpusbench.api.TaggedTypes;

/**
 * A corpus seen through a selection: only the selected documents, numbered from 0, their tokens
 * numbered from 0 in order, so that anything that walks a whole corpus (a token exporter) walks just
 * them. Info, lexicon, sources and size on disk stay the whole corpus's: lexicon frequencies count
 * every document. Holds an int per selected document and sentence; immutable and thread-safe, as the
 * view beneath it is.
 */
public final class SelectedDocuments extends ForwardingCorpusView {
    private final CorpusView corpus;
    /** The selected documents' indices in the corpus, ascending. */
    private final int[] documents;
    /** Where each selected document starts here, and the token count at the end. */
    private final int[] documentStarts;
    /** Where each sentence of the selected documents starts here, and the token count at the end. */
    private final int[] sentenceStarts;

    /**
     * @param corpus the whole corpus
     * @param selection which of its documents to show
     */
    public SelectedDocuments(CorpusView corpus, DocumentSelection selection) {
        super(corpus);
        this.corpus = corpus;
        int[] chosen = new int[corpus.documentCount()];
        int count = 0;
        for (int document = 0; document < corpus.documentCount(); document++) {
            if (selection.contains(document)) {
                chosen[count++] = document;
            }
        }
        documents = Arrays.copyOf(chosen, count);
        documentStarts = new int[count + 1];
        int[] sentences = new int[16];
        int sentenceCount = 0;
        for (int i = 0; i < count; i++) {
            int from = corpus.documentStart(documents[i]);
            int to = corpus.documentStart(documents[i] + 1);
            for (int sentence = firstSentenceFrom(from); sentence < corpus.sentenceCount() && corpus.sentenceStart(sentence) < to;
                    sentence++) {
                if (sentenceCount == sentences.length) {
                    sentences = Arrays.copyOf(sentences, sentenceCount * 2);
                }
                sentences[sentenceCount++] = documentStarts[i] + corpus.sentenceStart(sentence) - from;
            }
            documentStarts[i + 1] = documentStarts[i] + to - from;
        }
        sentenceStarts = Arrays.copyOf(sentences, sentenceCount + 1);
        sentenceStarts[sentenceCount] = documentStarts[count];
    }

    /** @return the first sentence of the corpus that starts at or after a position */
    private int firstSentenceFrom(int position) {
        int low = 0;
        int high = corpus.sentenceCount();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (corpus.sentenceStart(middle) < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** @return the corpus position of a position here */
    private int inCorpus(int position) {
        int document = documentOf(position);
        return corpus.documentStart(documents[document]) + position - documentStarts[document];
    }

    @Override
    public int tokenCount() {
        return documentStarts[documents.length];
    }

    @Override
    public int typeId(int position) {
        return corpus.typeId(inCorpus(position));
    }

    @Override
    public int tokenStart(int position) {
        return corpus.tokenStart(inCorpus(position));
    }

    @Override
    public int tokenEnd(int position) {
        return corpus.tokenEnd(inCorpus(position));
    }

    @Override
    public int documentCount() {
        return documents.length;
    }

    @Override
    public Document document(int index) {
        return corpus.document(documents[index]);
    }

    @Override
    public String documentId(int index) {
        return corpus.documentId(documents[index]);
    }

    @Override
    public String sourceId(int index) {
        return corpus.sourceId(documents[index]);
    }

    @Override
    public Map<String, String> metadata(int index) {
        return corpus.metadata(documents[index]);
    }

    @Override
    public OffsetMap offsets(int index) {
        return corpus.offsets(documents[index]);
    }

    @Override
    public int documentStart(int index) {
        return documentStarts[index];
    }

    @Override
    public int documentOf(int position) {
        if (position < 0 || position >= tokenCount()) {
            throw new IndexOutOfBoundsException("Position " + position + " of " + tokenCount());
        }
        // the last document starting at or before the position: empty documents before it are passed over
        int low = 0;
        int high = documents.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (documentStarts[middle] <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    @Override
    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    @Override
    public int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    /** Made on each call, by walking the type's positions in the whole corpus. */
    @Override
    public IntBuffer positions(int typeId) {
        return selected(corpus.positions(typeId));
    }

    @Override
    public int tagId(int position) {
        return corpus.tagId(inCorpus(position));
    }

    /** Made on each call, as {@link #positions} is. */
    @Override
    public IntBuffer tagPositions(int tagId) {
        return selected(corpus.tagPositions(tagId));
    }

    /** The pairs are the whole corpus's; their positions are not those of this view, so a query cannot use them. */
    @Override
    public TaggedTypes taggedTypes() {
        throw new UnsupportedOperationException("A selection's view offers no (type, tag) pairs; query the whole corpus");
    }

    /** The positions of the selected documents among some whole-corpus positions, as positions here. */
    private IntBuffer selected(IntBuffer all) {
        int[] here = new int[all.remaining()];
        int count = 0;
        for (int i = all.position(); i < all.limit(); i++) {
            int position = all.get(i);
            int document = Arrays.binarySearch(documents, corpus.documentOf(position));
            if (document >= 0) {
                here[count++] = documentStarts[document] + position - corpus.documentStart(documents[document]);
            }
        }
        return IntBuffer.wrap(Arrays.copyOf(here, count)).asReadOnlyBuffer();
    }
}
