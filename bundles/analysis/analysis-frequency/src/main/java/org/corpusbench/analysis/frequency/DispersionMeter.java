package org.corpusbench.analysis.frequency;

import java.nio.IntBuffer;
import org.corpusbench.api.CorpusView;

/**
 * Measures one type's dispersion from its postings alone, so listing the top 20 types reads 20
 * posting lists and not the token stream ({@link DispersionPass} measures all types at once for
 * the rest of a long list). Postings outside the selection are jumped over;
 * positions map to documents through a table of the document at each 1,024th position.
 *
 * <p>Parts are the selection's documents with at least one counted token; n is their number and
 * s<sub>i</sub> = (counted tokens of part i) / N. For a type with frequency f in the selection,
 * f<sub>i</sub> of it in part i:
 * <ul>
 * <li>Juilland's D (Juilland &amp; Chang-Rodríguez 1964, in the form of Gries 2008, p. 410) on
 * relative frequencies p<sub>i</sub> = f<sub>i</sub> / size<sub>i</sub>: D = 1 - (sd / mean) /
 * sqrt(n - 1), with the population standard deviation (divisor n); NaN when n &lt; 2.</li>
 * <li>Gries's DP (Gries 2008): DP = ½ Σ |f<sub>i</sub>/f - s<sub>i</sub>| over all n parts, computed as
 * Σ |f<sub>i</sub>·N - size<sub>i</sub>·f| / (2·f·N): the sum is exact in longs (each term is below
 * 2<sup>62</sup> and the whole at most 2·f·N), so only the last division rounds, where a sum of n
 * rounded doubles would add n rounding errors; and an exact sum is the same whatever the order.</li>
 * <li>DPnorm (Lijffijt &amp; Gries 2012): DP / (1 - min s<sub>i</sub>); NaN when n &lt; 2.</li>
 * <li>ARF (Savický &amp; Hlaváčová 2002): with v = N / f and d<sub>j</sub> the distances between
 * successive occurrences in the counted sequence, the last to the first going round the end,
 * ARF = (1 / v) Σ min(d<sub>j</sub>, v), computed as (Σ of the distances up to v + v * the number of
 * longer ones) / v, the first sum in exact integers.</li>
 * </ul>
 * The arithmetic is {@link CountedSequence}'s, folded by {@link DispersionFold}. Not thread-safe: one meter per run.
 */
final class DispersionMeter {
    private final CorpusView corpus;
    private final CountedSelection selection;

    DispersionMeter(CorpusView corpus, CountedSelection selection) {
        this.corpus = corpus;
        this.selection = selection;
    }

    /**
     * @param type a type id with at least one counted token in the selection
     * @return its dispersion
     */
    Dispersion measure(int type) {
        DispersionFold fold = new DispersionFold(selection.sequence, selection.counts[type]);
        IntBuffer postings = corpus.positions(type);
        int end = postings.limit();
        int document = 0;
        int i = postings.position();
        while (i < end) {
            document = selection.documentOf(postings.get(i), document);
            if (!selection.selected[document]) {
                document = selection.nextSelected[document];
                if (document == selection.documents) {
                    break;
                }
                i = Gallop.firstAtLeast(postings, i, end, selection.start[document]);
                continue;
            }
            int documentEnd = selection.start[document + 1];
            int inDocument = 0;
            for (int position; i < end && (position = postings.get(i)) < documentEnd; i++) {
                fold.occurrence(selection.sequenceIndex(position, document));
                inDocument++;
            }
            fold.endPart(inDocument, selection.size[document]);
            if (document + 1 < selection.documents) {
                document++;
            }
        }
        return fold.dispersion();
    }
}
