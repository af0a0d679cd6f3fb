package org.corpusbench.analysis.ngrams;

import org.corpusbench.analysis.ngrams.NGramOptions.StopwordRule;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;

/**
 * Finds the n-gram occurrences (windows) of a selection and hands each one's packed key to a
 * sink, in document order. A window is n consecutive components (tokens, or code points of
 * consecutive tokens) inside one sentence, every token eligible; an ineligible token or a sentence
 * start breaks the sequence. One scanner serves one run; not thread-safe.
 */
final class WindowScanner {
    /** Receives one occurrence. */
    @FunctionalInterface
    interface Sink {
        void accept(long[] key, int document);
    }

    private final CorpusView corpus;
    private final NGramOptions options;
    private final Components components;
    private final KeyLayout layout;
    private final int n;
    private final int[] ring;
    private final boolean[] stopRing;
    private final long[] key;
    private final boolean filterStopwords;

    WindowScanner(CorpusView corpus, NGramOptions options, Components components, KeyLayout layout) {
        this.corpus = corpus;
        this.options = options;
        this.components = components;
        this.layout = layout;
        this.n = options.n();
        this.ring = new int[n];
        this.stopRing = new boolean[n];
        this.key = new long[layout.words()];
        this.filterStopwords = !options.stopwords().words().isEmpty();
    }

    /**
     * Scans every selected document.
     *
     * @return the number of windows, stopwords not yet left out
     */
    long scan(DocumentSelection selection, Progress progress, Sink sink) {
        long[] windows = {0};
        boolean characters = options.unit() == NGramOptions.Unit.CHARACTERS;
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            if (from == to) {
                return;
            }
            int sentence = Sentences.indexOf(corpus, from);
            int nextSentence = corpus.sentenceStart(sentence + 1);
            int run = 0;
            for (int position = from; position < to; position++) {
                if (position == nextSentence) {
                    nextSentence = corpus.sentenceStart(++sentence + 1);
                    run = 0;
                }
                int type = corpus.typeId(position);
                if (!components.eligible[type]) {
                    run = 0;
                } else if (characters) {
                    for (int c = components.charStart[type]; c < components.charStart[type + 1]; c++) {
                        int cp = components.chars[c];
                        run = push(run, cp, filterStopwords && components.stopChars.get(cp));
                        windows[0] += emitIfFull(run, document, sink);
                    }
                } else {
                    run = push(run, components.wordComponent[type], filterStopwords && components.stopTypes.get(type));
                    windows[0] += emitIfFull(run, document, sink);
                }
            }
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
            int run = 0;
            for (int position = start; position < start + n && run == position - start; position++) {
                int type = corpus.typeId(position);
                if (components.eligible[type]) {
                    run = push(run, components.wordComponent[type], filterStopwords && components.stopTypes.get(type));
                }
            }
            if (run == n) {
                emitIfFull(run, corpus.documentOf(start), sink);
            }
        }
    }

    private int push(int run, int component, boolean stopword) {
        int slot = run % n;
        ring[slot] = component;
        stopRing[slot] = stopword;
        return run + 1;
    }

    private int emitIfFull(int run, int document, Sink sink) {
        if (run < n) {
            return 0;
        }
        int head = run % n;
        if (!filterStopwords || !leftOut(head)) {
            layout.pack(ring, head, key);
            sink.accept(key, document);
        }
        return 1;
    }

    private boolean leftOut(int head) {
        StopwordRule rule = options.stopwordRule();
        if (rule == StopwordRule.EDGE) {
            return stopRing[head] || stopRing[(head + n - 1) % n];
        }
        int stopwords = 0;
        for (boolean stop : stopRing) {
            stopwords += stop ? 1 : 0;
        }
        return rule == StopwordRule.ANY ? stopwords > 0 : stopwords == n;
    }
}
