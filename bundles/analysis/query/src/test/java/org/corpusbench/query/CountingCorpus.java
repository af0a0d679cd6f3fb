package org.corpusbench.query;

import java.nio.IntBuffer;
import java.util.List;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;

/** A corpus that counts how many tokens of its stream are read, to show what a search does not touch. */
final class CountingCorpus implements CorpusView {

    private final CorpusView corpus;
    private long typeIdCalls;

    CountingCorpus(CorpusView corpus) {
        this.corpus = corpus;
    }

    long typeIdCalls() {
        return typeIdCalls;
    }

    @Override
    public int typeId(int position) {
        typeIdCalls++;
        return corpus.typeId(position);
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
    public OffsetMap offsets(int index) {
        return corpus.offsets(index);
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
}
