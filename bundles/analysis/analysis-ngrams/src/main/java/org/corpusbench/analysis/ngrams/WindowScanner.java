package org.corpusbench.analysis.ngrams;

import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;

/**
 * Finds the n-gram occurrences (windows) of a selection and hands each one's packed key to a
 * sink, in document order. A window is n consecutive components (tokens, or code points of
 * consecutive tokens) inside one sentence, every token eligible; an ineligible token or a sentence
 * start breaks the sequence. A key that fits one long is kept rolling (shifted in a component at a
 * time); longer keys are packed from a ring of the last n components. Which of the last n
 * components are stopwords, or too rare to reach the minimum, is kept as rolling bits (bit 0 the
 * newest). Windows holding a rare component are counted as n-gram tokens but not handed on. One
 * scanner serves one run; not thread-safe.
 */
final class WindowScanner {
    /** Receives one occurrence. */
    @FunctionalInterface
    interface Sink {
        void accept(long[] key, int document);
    }

    private final CorpusView corpus;
    private final Components components;
    private final KeyLayout layout;
    private final StopwordRule stopwordRule;
    private final boolean characters;
    private final int n;
    private final int bits;
    private final boolean rolling;
    private final long keyMask;
    private final int windowMask;
    private final int[] ring;
    private final long[] key;
    private final boolean filterStopwords;
    private final boolean[] rare;
    private int run;
    private long rollingKey;
    private int stopBits;
    private int rareBits;

    /**
     * @param rare per type, true if no n-gram holding it can be listed (its frequency is below the
     *            minimum), or null to hand on every window
     */
    WindowScanner(CorpusView corpus, NGramOptions options, Components components, KeyLayout layout, boolean[] rare) {
        this.corpus = corpus;
        this.components = components;
        this.layout = layout;
        this.stopwordRule = options.stopwordRule();
        this.characters = options.unit() == NGramOptions.Unit.CHARACTERS;
        this.n = options.n();
        this.bits = layout.bits();
        this.rolling = layout.words() == 1;
        this.keyMask = n * bits >= 64 ? -1L : (1L << n * bits) - 1;
        this.windowMask = (1 << n) - 1;
        this.ring = new int[n];
        this.key = new long[layout.words()];
        this.filterStopwords = !options.stopwords().words().isEmpty();
        this.rare = rare;
    }

    /**
     * Scans every selected document.
     *
     * @return the number of windows, stopwords not yet left out
     */
    long scan(DocumentSelection selection, Progress progress, Sink sink) {
        long[] windows = {0};
        boolean[] eligible = components.eligible;
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            if (from == to) {
                return;
            }
            int sentence = Sentences.indexOf(corpus, from);
            int nextSentence = corpus.sentenceStart(sentence + 1);
            run = 0;
            long found = 0;
            for (int position = from; position < to; position++) {
                if (position == nextSentence) {
                    nextSentence = corpus.sentenceStart(++sentence + 1);
                    run = 0;
                }
                int type = corpus.typeId(position);
                if (!eligible[type]) {
                    run = 0;
                } else if (characters) {
                    for (int c = components.charStart[type]; c < components.charStart[type + 1]; c++) {
                        int cp = components.chars[c];
                        push(cp, filterStopwords && components.stopChars.get(cp), false);
                        found += emitIfFull(document, sink);
                    }
                } else {
                    push(components.wordComponent[type], filterStopwords && components.stopTypes.get(type),
                            rare != null && rare[type]);
                    found += emitIfFull(document, sink);
                }
            }
            windows[0] += found;
        });
        return windows[0];
    }

    /**
     * Hands on the word windows starting at the given positions that are whole windows.
     *
     * @param starts window starts, ascending, each in a selected document
     */
    void scanStarts(int[] starts, int count, Progress progress, Sink sink) {
        for (int i = 0; i < count; i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            int start = starts[i];
            int sentence = Sentences.indexOf(corpus, start);
            if (start + n > corpus.sentenceStart(sentence + 1)) {
                continue;
            }
            run = 0;
            for (int position = start; position < start + n && run == position - start; position++) {
                int type = corpus.typeId(position);
                if (components.eligible[type]) {
                    push(components.wordComponent[type], filterStopwords && components.stopTypes.get(type),
                            rare != null && rare[type]);
                }
            }
            if (run == n) {
                emitIfFull(corpus.documentOf(start), sink);
            }
        }
    }

    private void push(int component, boolean stopword, boolean tooRare) {
        if (rolling) {
            rollingKey = (rollingKey << bits | component) & keyMask;
        } else {
            ring[run % n] = component;
        }
        stopBits = (stopBits << 1 | (stopword ? 1 : 0)) & windowMask;
        rareBits = (rareBits << 1 | (tooRare ? 1 : 0)) & windowMask;
        run++;
    }

    /** @return 1 if the last n components make a window (handed on unless left out), else 0 */
    private int emitIfFull(int document, Sink sink) {
        if (run < n) {
            return 0;
        }
        if (rareBits == 0 && (!filterStopwords || !leftOut())) {
            if (rolling) {
                key[0] = rollingKey;
            } else {
                layout.pack(ring, run % n, key);
            }
            sink.accept(key, document);
        }
        return 1;
    }

    private boolean leftOut() {
        return switch (stopwordRule) {
            case ANY -> stopBits != 0;
            case EDGE -> (stopBits & (1 | 1 << n - 1)) != 0;
            case ALL -> stopBits == windowMask;
        };
    }
}
