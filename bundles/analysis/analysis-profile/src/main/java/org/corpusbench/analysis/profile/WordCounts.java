package org.corpusbench.analysis.profile;

import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;

/**
 * Counts word tokens of one text (a document, or the selection) by type in an int array over the
 * lexicon, and the distinct types of each STTR chunk through a stamp per type, so nothing is
 * allocated per token. A document's counter is reused: {@link #profile} clears what it counted.
 * Not thread-safe.
 */
final class WordCounts {
    private final Lexicon lexicon;
    private final boolean[] word;
    private final int[] lengths;
    private final int chunk;
    private final int[] counts;
    private final int[] chunkStamps;
    private int stamp;
    private int fill;
    private int chunkTypes;
    private long chunks;
    private long chunkTypesSum;
    private long words;
    private long codePoints;

    WordCounts(Lexicon lexicon, boolean[] word, int[] lengths, int chunk) {
        this.lexicon = lexicon;
        this.word = word;
        this.lengths = lengths;
        this.chunk = chunk;
        this.counts = new int[word.length];
        this.chunkStamps = new int[word.length];
        startChunks();
    }

    boolean isWord(int type) {
        return word[type];
    }

    /** Starts a new chunk sequence: a document's chunks begin at its first word. */
    void startChunks() {
        stamp++;
        fill = 0;
        chunkTypes = 0;
    }

    void add(int type) {
        counts[type]++;
        words++;
        if (lengths[type] == 0) {
            String text = lexicon.type(type);
            lengths[type] = text.codePointCount(0, text.length());
        }
        codePoints += lengths[type];
        if (chunkStamps[type] != stamp) {
            chunkStamps[type] = stamp;
            chunkTypes++;
        }
        if (++fill == chunk) {
            chunks++;
            chunkTypesSum += chunkTypes;
            startChunks();
        }
    }

    /**
     * @param name the row's name
     * @param tokens all tokens of the text
     * @param sentences its sentences
     * @param corpus the corpus, to find the counted types by the text's positions; null to look
     *        through the whole lexicon instead
     * @return the profile; a document's counts are cleared for the next document
     */
    TextProfile profile(String name, long tokens, long sentences, CorpusView corpus, int from, int to) {
        long types = 0;
        long hapax = 0;
        long dis = 0;
        int end = corpus == null ? counts.length : to;
        for (int i = corpus == null ? 0 : from; i < end; i++) {
            int type = corpus == null ? i : corpus.typeId(i);
            int count = counts[type];
            if (count > 0) {
                types++;
                hapax += count == 1 ? 1 : 0;
                dis += count == 2 ? 1 : 0;
                counts[type] = 0;
            }
        }
        TextProfile profile = new TextProfile(name, tokens, words, types, ratio(types, words),
                ratio(chunkTypesSum, chunks * chunk), hapax, dis, ratio(codePoints, words), sentences,
                ratio(words, sentences));
        forgetTotals();
        return profile;
    }

    /** Clears a document's counts without a row, when only the selection's row is wanted. */
    void forget(CorpusView corpus, int from, int to) {
        for (int position = from; position < to; position++) {
            counts[corpus.typeId(position)] = 0;
        }
        forgetTotals();
    }

    private void forgetTotals() {
        chunks = 0;
        chunkTypesSum = 0;
        words = 0;
        codePoints = 0;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
