package org.corpusbench.analysis.collocates;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;

/**
 * The frequency of every type and the sample size {@code N} (counted tokens) in the corpus or a
 * selection. For the whole corpus both come from the lexicon without reading a token; a selection
 * is read once, document by document, into an int array over the lexicon.
 */
final class SampleFrequencies {
    private final Lexicon lexicon;
    private final int[] selected;
    private final long sampleSize;

    private SampleFrequencies(Lexicon lexicon, int[] selected, boolean[] counted) {
        this.lexicon = lexicon;
        this.selected = selected;
        long size = 0;
        for (int type = 0; type < counted.length; type++) {
            size += counted[type] ? frequency(type) : 0;
        }
        this.sampleSize = size;
    }

    static SampleFrequencies of(CorpusView corpus, DocumentSelection selection, boolean[] counted, Progress progress) {
        if (coversAll(corpus, selection)) {
            return new SampleFrequencies(corpus.lexicon(), null, counted);
        }
        int[] frequencies = new int[counted.length];
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            for (int position = from; position < to; position++) {
                frequencies[corpus.typeId(position)]++;
            }
        });
        return new SampleFrequencies(corpus.lexicon(), frequencies, counted);
    }

    private static boolean coversAll(CorpusView corpus, DocumentSelection selection) {
        if (selection == DocumentSelection.ALL) {
            return true;
        }
        for (int document = 0; document < corpus.documentCount(); document++) {
            if (!selection.contains(document) && corpus.documentStart(document) < corpus.documentStart(document + 1)) {
                return false;
            }
        }
        return true;
    }

    /** @return how many tokens of the type the sample holds */
    long frequency(int type) {
        return selected == null ? lexicon.frequency(type) : selected[type];
    }

    /** @return the counted tokens of the sample */
    long sampleSize() {
        return sampleSize;
    }
}
