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
 * type's parts are met in corpus order either way), so both give identical doubles. Per type one
 * record of eight longs (64 bytes), so that a token touches one record and not one slot in each of
 * several arrays of a million types: the last document seen and its count so far (a part is added
 * to the sums when the type shows up in a later document, or at the end), the first and previous
 * counted-sequence index (ARF's distances, the last one going round the end), ARF's sum of short
 * distances and number of long ones with the type's frequency, DP's and Welford's sums, and range.
 */
final class DispersionPass implements DocumentSelection.DocumentTokens {
    /** Slots of a type's record; two ints share a long where they are read together. */
    private static final int DOCUMENT_AND_COUNT = 0, FIRST_AND_PREVIOUS = 1, SHORT_DISTANCES = 2,
            LONG_DISTANCES_AND_FREQUENCY = 3, DEVIATIONS = 4, MEAN = 5, SQUARES = 6, RANGE = 7, SLOTS = 8;
    private static final long LOW = 0xFFFF_FFFFL;

    private final CorpusView corpus;
    private final CountedSelection selection;
    private final DispersionMeter meter;
    private final long[] records;
    /** The next counted token's index in the selection's counted sequence. */
    private int sequence;

    private DispersionPass(CorpusView corpus, CountedSelection selection, DispersionMeter meter) {
        this.corpus = corpus;
        this.selection = selection;
        this.meter = meter;
        int[] counts = selection.counts;
        records = new long[counts.length * SLOTS];
        for (int type = 0; type < counts.length; type++) {
            records[type * SLOTS + DOCUMENT_AND_COUNT] = -1L << 32; // no document yet
            records[type * SLOTS + LONG_DISTANCES_AND_FREQUENCY] = counts[type];
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
            long documentAndCount = pass.records[type * SLOTS + DOCUMENT_AND_COUNT];
            if (documentAndCount >= 0) {
                pass.endPart(type * SLOTS, (int) (documentAndCount >>> 32), (int) documentAndCount);
            }
        }
        return pass;
    }

    @Override
    public void accept(int document, int from, int to) {
        long[] records = this.records;
        long tokens = selection.tokens;
        long index = sequence;
        for (int position = from; position < to; position++) {
            int at = corpus.typeId(position) * SLOTS;
            long longAndFrequency = records[at + LONG_DISTANCES_AND_FREQUENCY];
            int frequency = (int) longAndFrequency;
            if (frequency == 0) {
                continue; // an uncounted kind of token: every counted type in the selection has a count
            }
            long documentAndCount = records[at + DOCUMENT_AND_COUNT];
            int last = (int) (documentAndCount >> 32);
            if (last == document) {
                records[at + DOCUMENT_AND_COUNT] = documentAndCount + 1;
            } else {
                if (last >= 0) {
                    endPart(at, last, (int) documentAndCount);
                }
                records[at + DOCUMENT_AND_COUNT] = (long) document << 32 | 1;
            }
            long firstAndPrevious = records[at + FIRST_AND_PREVIOUS];
            if (last < 0) {
                records[at + FIRST_AND_PREVIOUS] = index << 32 | index;
            } else {
                long distance = index - (firstAndPrevious & LOW);
                if (distance * frequency <= tokens) { // as DispersionMeter.isShort, inlined by hand
                    records[at + SHORT_DISTANCES] += distance;
                } else {
                    records[at + LONG_DISTANCES_AND_FREQUENCY] = longAndFrequency + (1L << 32);
                }
                records[at + FIRST_AND_PREVIOUS] = firstAndPrevious & ~LOW | index;
            }
            index++;
        }
        sequence = (int) index;
    }

    /** Adds the type's part in a document to D's and DP's sums, as {@link DispersionMeter#measure} does. */
    private void endPart(int at, int document, int inDocument) {
        int frequency = (int) records[at + LONG_DISTANCES_AND_FREQUENCY];
        double tokens = selection.tokens;
        double share = selection.size[document] / tokens;
        records[at + DEVIATIONS] = bits(value(at + DEVIATIONS) + (Math.abs(inDocument / (double) frequency - share) - share));
        double relative = inDocument / (double) selection.size[document];
        long parts = ++records[at + RANGE];
        double mean = value(at + MEAN);
        double delta = relative - mean;
        mean += delta / parts;
        records[at + MEAN] = bits(mean);
        records[at + SQUARES] = bits(value(at + SQUARES) + delta * (relative - mean));
    }

    private double value(int slot) {
        return Double.longBitsToDouble(records[slot]);
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    /**
     * @param type a type counted in the selection
     * @return its dispersion
     */
    Dispersion dispersion(int type) {
        int at = type * SLOTS;
        long longAndFrequency = records[at + LONG_DISTANCES_AND_FREQUENCY];
        int frequency = (int) longAndFrequency;
        long longDistances = longAndFrequency >>> 32;
        long shortDistances = records[at + SHORT_DISTANCES];
        long firstAndPrevious = records[at + FIRST_AND_PREVIOUS];
        long around = selection.tokens - (firstAndPrevious & LOW) + (firstAndPrevious >>> 32);
        if (meter.isShort(around, frequency)) {
            shortDistances += around;
        } else {
            longDistances++;
        }
        double gap = selection.tokens / (double) frequency;
        return meter.dispersion((int) records[at + RANGE], value(at + MEAN), value(at + SQUARES), value(at + DEVIATIONS),
                shortDistances + longDistances * gap, gap);
    }
}
