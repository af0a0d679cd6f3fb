package org.corpusbench.api;

import java.nio.IntBuffer;
import java.util.List;
import java.util.Map;

/**
 * A corpus that hands every call to another: views that change one or two things of a corpus (its
 * types, its documents, which tokens count) and tests that watch calls override only those.
 *
 * @since 1.10
 */
public abstract class ForwardingCorpusView implements CorpusView {
    private final CorpusView corpus;

    /** @param corpus the corpus every call goes to */
    protected ForwardingCorpusView(CorpusView corpus) {
        this.corpus = corpus;
    }

    /** @return the corpus every call goes to */
    protected final CorpusView delegate() {
        return corpus;
    }

    @Override
    public CorpusInfo info() {
        return corpus.info();
    }

    @Override
    public Lexicon lexicon() {
        return corpus.lexicon();
    }

    @Override
    public List<Source> sources() {
        return corpus.sources();
    }

    @Override
    public int tokenCount() {
        return corpus.tokenCount();
    }

    @Override
    public int typeId(int position) {
        return corpus.typeId(position);
    }

    @Override
    public int tokenStart(int position) {
        return corpus.tokenStart(position);
    }

    @Override
    public int tokenEnd(int position) {
        return corpus.tokenEnd(position);
    }

    @Override
    public int documentCount() {
        return corpus.documentCount();
    }

    @Override
    public Document document(int index) {
        return corpus.document(index);
    }

    @Override
    public int documentIndex(String id) {
        return corpus.documentIndex(id);
    }

    @Override
    public String documentId(int index) {
        return corpus.documentId(index);
    }

    @Override
    public String sourceId(int index) {
        return corpus.sourceId(index);
    }

    @Override
    public Map<String, String> metadata(int index) {
        return corpus.metadata(index);
    }

    @Override
    public OffsetMap offsets(int index) {
        return corpus.offsets(index);
    }

    @Override
    public LoadReport loadReport() {
        return corpus.loadReport();
    }

    @Override
    public long storedBytes() {
        return corpus.storedBytes();
    }

    @Override
    public int documentStart(int index) {
        return corpus.documentStart(index);
    }

    @Override
    public int documentOf(int position) {
        return corpus.documentOf(position);
    }

    @Override
    public int sentenceCount() {
        return corpus.sentenceCount();
    }

    @Override
    public int sentenceStart(int index) {
        return corpus.sentenceStart(index);
    }

    @Override
    public IntBuffer positions(int typeId) {
        return corpus.positions(typeId);
    }

    @Override
    public boolean hasTags() {
        return corpus.hasTags();
    }

    @Override
    public Lexicon tags() {
        return corpus.tags();
    }

    @Override
    public int tagId(int position) {
        return corpus.tagId(position);
    }

    @Override
    public IntBuffer tagPositions(int tagId) {
        return corpus.tagPositions(tagId);
    }

    @Override
    public TaggedTypes taggedTypes() {
        return corpus.taggedTypes();
    }
}
