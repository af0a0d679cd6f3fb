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
 * Not thread-safe: one meter per run.
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
        int frequency = selection.counts[type];
        double tokens = selection.tokens;
        double gap = tokens / frequency;
        // ARF's distances: those up to v summed exactly, the longer ones counted (each adds v)
        long shortDistances = 0;
        int longDistances = 0;
        IntBuffer postings = corpus.positions(type);
        int end = postings.limit();
        int range = 0;
        // Welford's running mean and sum of squared deviations of p_i over the parts holding the type.
        double mean = 0;
        double squares = 0;
        long deviations = 0;
        long first = -1;
        long previous = -1;
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
                long index = selection.sequenceIndex(position, document);
                if (first < 0) {
                    first = index;
                    previous = index; // its distance to itself, 0, adds nothing
                }
                // As isShort, without a branch: short and long distances come mixed, so a branch would often miss.
                long distance = index - previous;
                long isShort = distance * frequency <= selection.tokens ? 1 : 0;
                shortDistances += distance & -isShort;
                longDistances += (int) (1 - isShort);
                previous = index;
                inDocument++;
            }
            deviations += deviation(inDocument, selection.size[document], frequency);
            double relative = inDocument / (double) selection.size[document];
            range++;
            double delta = relative - mean;
            mean += delta / range;
            squares += delta * (relative - mean);
            if (document + 1 < selection.documents) {
                document++;
            }
        }
        long around = selection.tokens - previous + first;
        if (isShort(around, frequency)) {
            shortDistances += around;
        } else {
            longDistances++;
        }
        return dispersion(range, mean, squares, deviations, frequency, shortDistances + longDistances * gap, gap);
    }

    /**
     * @return a part's term of DP's exact sum, |f<sub>i</sub>·N - size<sub>i</sub>·f| - size<sub>i</sub>·f: parts
     *         without the type would each add size<sub>i</sub>·f, so subtracting it for the parts with the type
     *         lets f·N (all parts' size<sub>i</sub>·f) stand for the absent ones
     */
    long deviation(int inPart, int partSize, int frequency) {
        long expected = (long) partSize * frequency;
        return Math.abs(inPart * selection.tokens - expected) - expected;
    }

    /**
     * @return whether a distance is at most v = N / f, so that min(d, v) = d: exactly when d * f &lt;= N,
     *         without a division
     */
    boolean isShort(long distance, int frequency) {
        return distance * frequency <= selection.tokens;
    }

    /**
     * @param range the parts holding the type
     * @param mean Welford's mean of p<sub>i</sub> over those parts
     * @param squares Welford's sum of squared deviations of p<sub>i</sub> over those parts
     * @param deviations Σ {@link #deviation} over those parts
     * @param frequency f, the type's count in the selection
     * @param reduced ARF's Σ min(d<sub>j</sub>, v), the distance round the end included
     * @param gap v = N / f
     * @return the measures from those sums
     */
    Dispersion dispersion(int range, double mean, double squares, long deviations, int frequency, double reduced,
            double gap) {
        long all = frequency * selection.tokens; // f·N: Σ size_i·f over every part
        double dp = (all + deviations) / (2.0 * all);
        return new Dispersion(range, juillandD(range, mean, squares), dp,
                selection.parts < 2 ? Double.NaN : dp / (1 - selection.smallestShare), reduced / gap);
    }

    /** D from the parts holding the type (count, mean, squares) and the parts without it, whose p_i is 0. */
    private double juillandD(int range, double meanPresent, double squaresPresent) {
        int parts = selection.parts;
        if (parts < 2) {
            return Double.NaN;
        }
        double mean = meanPresent * range / parts;
        // Chan et al.'s merge of two groups' squared deviations; the absent group has mean 0 and none.
        double squares = squaresPresent + meanPresent * meanPresent * range * (double) (parts - range) / parts;
        double deviation = Math.sqrt(squares / parts);
        return 1 - deviation / mean / Math.sqrt(parts - 1);
    }
}
