package org.corpusbench.query;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.ForwardingCorpusView;

/** A corpus that counts how many tokens of its stream are read, to show what a search does not touch. */
final class CountingCorpus extends ForwardingCorpusView {
    private long typeIdCalls;

    CountingCorpus(CorpusView corpus) {
        super(corpus);
    }

    long typeIdCalls() {
        return typeIdCalls;
    }

    @Override
    public int typeId(int position) {
        typeIdCalls++;
        return super.typeId(position);
    }
}
