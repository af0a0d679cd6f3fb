package org.corpusbench.analysis.frequency;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;

/**
 * Measures every counted type's dispersion in one sequential pass over the selection's tokens,
 * for when a frequency list is read far past its top rows: reading postings type by type costs a
 * random access per posting, which on a million rare types is many times a plain scan.
 *
 * <p>Same measures and the same arithmetic, in the same order, as {@link DispersionMeter} (a
 * type's parts are met in corpus order either way), so both give identical doubles. Per type:
 * the last document seen and its count so far (a part is added to the sums when the type shows
 * up in a later document, or at the end), the first and last counted-sequence index (ARF's
 * distances, the last one going round the end), and the running sums. About 50 bytes per type,
 * in primitive arrays.
 */
final class DispersionPass implements DocumentSelection.DocumentTokens {
    /** Per type, four ints side by side (one cache line for a token's updates): */
    private static final int LAST_DOCUMENT = 0, IN_DOCUMENT = 1, FIRST = 2, PREVIOUS = 3, INTS = 4;
    /** Per type, four doubles side by side: ARF's sum of reduced distances, DP's sum, Welford's mean and squares. */
    private static final int REDUCED = 0, DEVIATIONS = 1, MEAN = 2, SQUARES = 3, DOUBLES = 4;

    private final CorpusView corpus;
    private final CountedSelection selection;
    private final DispersionMeter meter;
    private final int[] ints;
    private final double[] sums;
    private final int[] range;
    /** The next counted token's index in the selection's counted sequence. */
    private int sequence;

    private DispersionPass(CorpusView corpus, CountedSelection selection, DispersionMeter meter) {
        this.corpus = corpus;
        this.selection = selection;
        this.meter = meter;
        int types = selection.counts.length;
        ints = new int[types * INTS];
        sums = new double[types * DOUBLES];
        range = new int[types];
        for (int type = 0; type < types; type++) {
            ints[type * INTS + LAST_DOCUMENT] = -1;
        }
    }

    /**
     * @param corpus the corpus
     * @param documents the selected documents, those {@code selection} was counted from
     * @param selection their counted tokens
     * @param meter what turns the sums into a {@link Dispersion}
     * @param progress for progress and cancellation while reading the tokens
     * @return the dispersion of every type counted in the selection, ready to be read
     */
    static DispersionPass run(CorpusView corpus, DocumentSelection documents, CountedSelection selection,
            DispersionMeter meter, Progress progress) {
        DispersionPass pass = new DispersionPass(corpus, selection, meter);
        documents.forEachDocument(corpus, progress, pass);
        for (int type = 0; type < selection.counts.length; type++) {
            int last = pass.ints[type * INTS + LAST_DOCUMENT];
            if (last >= 0) {
                pass.endPart(type, last);
            }
        }
        return pass;
    }

    @Override
    public void accept(int document, int from, int to) {
        int[] counts = selection.counts;
        long tokens = selection.tokens;
        int index = sequence;
        for (int position = from; position < to; position++) {
            int type = corpus.typeId(position);
            int frequency = counts[type];
            if (frequency == 0) {
                continue; // an uncounted kind of token: every counted type in the selection has a count
            }
            int at = type * INTS;
            int last = ints[at + LAST_DOCUMENT];
            if (last != document) {
                if (last >= 0) {
                    endPart(type, last);
                }
                ints[at + LAST_DOCUMENT] = document;
            }
            ints[at + IN_DOCUMENT]++;
            if (last < 0) {
                ints[at + FIRST] = index;
            } else {
                long distance = index - ints[at + PREVIOUS];
                // min(distance, N / f) without a division: an integer distance is at most the rounded
                // quotient exactly when distance * f <= N, as rounding to a double cannot cross an integer here.
                sums[type * DOUBLES + REDUCED] += distance * frequency <= tokens ? distance : tokens / (double) frequency;
            }
            ints[at + PREVIOUS] = index;
            index++;
        }
        sequence = index;
    }

    /** Adds the type's part in a document to D's and DP's sums, as {@link DispersionMeter#measure} does. */
    private void endPart(int type, int document) {
        int at = type * INTS;
        int inDocument = ints[at + IN_DOCUMENT];
        ints[at + IN_DOCUMENT] = 0;
        double tokens = selection.tokens;
        double share = selection.size[document] / tokens;
        int sum = type * DOUBLES;
        sums[sum + DEVIATIONS] += Math.abs(inDocument / (double) selection.counts[type] - share) - share;
        double relative = inDocument / (double) selection.size[document];
        int parts = ++range[type];
        double mean = sums[sum + MEAN];
        double delta = relative - mean;
        mean += delta / parts;
        sums[sum + MEAN] = mean;
        sums[sum + SQUARES] += delta * (relative - mean);
    }

    /**
     * @param type a type counted in the selection
     * @return its dispersion
     */
    Dispersion dispersion(int type) {
        int at = type * INTS;
        int sum = type * DOUBLES;
        double tokens = selection.tokens;
        double gap = tokens / selection.counts[type];
        double reduced = sums[sum + REDUCED]
                + Math.min(tokens - (long) ints[at + PREVIOUS] + (long) ints[at + FIRST], gap);
        return meter.dispersion(range[type], sums[sum + MEAN], sums[sum + SQUARES], sums[sum + DEVIATIONS], reduced, gap);
    }
}
