package org.corpusbench.analysis.ngrams;

import org.corpusbench.api.CorpusView;

/** Finds sentences by position through the corpus's sentence starts. */
final class Sentences {
    private Sentences() {
    }

    /** @return the index of the sentence holding {@code position}, by binary search */
    static int indexOf(CorpusView corpus, int position) {
        int low = 0;
        int high = corpus.sentenceCount() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (corpus.sentenceStart(middle) <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
