package org.corpusbench.analysis.selection;

import java.nio.IntBuffer;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Source;

/**
 * A corpus whose documents cannot be decoded, so a test fails if a selection reads more than the
 * cheap ids and metadata; and which counts how often metadata is read.
 */
public final class MetadataOnlyCorpus implements CorpusView {
    private final CorpusView corpus;
    private int metadataReads;

    public MetadataOnlyCorpus(CorpusView corpus) {
        this.corpus = corpus;
    }

    /** @return how many times {@link #metadata} was called */
    public int metadataReads() {
        return metadataReads;
    }

    @Override
    public Document document(int index) {
        throw new AssertionError("A selection decoded document " + index);
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
        metadataReads++;
        return corpus.metadata(index);
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
