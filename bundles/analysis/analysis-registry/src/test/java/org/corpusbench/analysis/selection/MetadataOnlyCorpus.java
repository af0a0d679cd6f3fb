package org.corpusbench.analysis.selection;

import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.ForwardingCorpusView;

/**
 * A corpus whose documents cannot be decoded, so a test fails if a selection reads more than the
 * cheap ids and metadata; and which counts how often metadata is read.
 */
public final class MetadataOnlyCorpus extends ForwardingCorpusView {
    private int metadataReads;

    public MetadataOnlyCorpus(CorpusView corpus) {
        super(corpus);
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
    public Map<String, String> metadata(int index) {
        metadataReads++;
        return super.metadata(index);
    }
}
