package org.corpusbench.jieba.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Python jieba 0.42.1's {@code jieba.posseg.cut}, step for step: words and their part-of-speech tags.
 * Its blocks differ from {@code jieba.cut}'s ({@code re_han_internal} lacks {@code %} and {@code -}),
 * and runs of single characters the dictionary does not know go to the POS model's Viterbi instead
 * of finalseg's, so its words can differ from {@link JiebaEngine#cut}'s. Dictionary words take the
 * dictionary's tag, or {@code x}; letters and digits outside the model take {@code eng} and
 * {@code m}; everything else {@code x}. Counts code points, as Python does. Thread-safe.
 */
final class PosSegmenter {
    /** Receives each word of a cut and its tag, in order. */
    @FunctionalInterface
    interface TaggedSink {
        /** @param codePoints the text's code points; valid only during the call */
        void word(int[] codePoints, int start, int end, String tag);
    }

    private static final String UNKNOWN = "x";
    private final JiebaEngine engine;
    private final JiebaDictionary dictionary;
    private final PosModel model;
    private final PosViterbi viterbi;

    PosSegmenter(JiebaEngine engine, PosModel model) {
        this.engine = engine;
        this.dictionary = engine.dictionary();
        this.model = model;
        this.viterbi = new PosViterbi(model);
    }

    /** {@code jieba.posseg.cut(text, HMM=useHmm)}; the sink must not cut on this engine from the same thread. */
    void cut(String text, boolean useHmm, TaggedSink sink) {
        Scratch work = engine.scratch();
        int n = work.decode(text);
        int[] cps = work.codePoints;
        int i = 0;
        while (i < n) {
            int start = i;
            if (isHanInternal(cps[i])) {
                do {
                    i++;
                } while (i < n && isHanInternal(cps[i]));
                int[] next = engine.route(work, start, i);
                if (useHmm) {
                    cutDag(cps, next, start, i, sink);
                } else {
                    cutDagWithoutHmm(cps, next, start, i, sink);
                }
            } else if (cps[i] == '\r' && i + 1 < n && cps[i + 1] == '\n') { // re_skip_internal's \r\n
                i += 2;
                sink.word(cps, start, i, UNKNOWN);
            } else {
                // Outside re_han_internal there is no ASCII letter, digit or '.', so re_num and re_eng never match.
                sink.word(cps, start, ++i, UNKNOWN);
            }
        }
        engine.releaseIfOversized(work);
    }

    /** {@code jieba.posseg.cut(text, HMM=useHmm)} as {word, tag} pairs. */
    List<String[]> cut(String text, boolean useHmm) {
        List<String[]> words = new ArrayList<>();
        cut(text, useHmm, (cps, start, end, tag) -> words.add(new String[] {new String(cps, start, end - start), tag}));
        return words;
    }

    /** {@code __cut_DAG_NO_HMM}: single letters and digits are gathered into one {@code eng} word. */
    private void cutDagWithoutHmm(int[] cps, int[] next, int from, int to, TaggedSink sink) {
        int bufferStart = -1;
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1 && JiebaEngine.isAsciiLetterOrDigit(cps[from + x])) {
                if (bufferStart < 0) {
                    bufferStart = from + x;
                }
            } else {
                if (bufferStart >= 0) {
                    sink.word(cps, bufferStart, from + x, "eng");
                    bufferStart = -1;
                }
                sink.word(cps, from + x, from + y, tagOf(cps, from + x, from + y));
            }
            x = y;
        }
        if (bufferStart >= 0) {
            sink.word(cps, bufferStart, to, "eng");
        }
    }

    /** {@code __cut_DAG}: runs of single characters the dictionary does not know go to {@link #cutDetail}. */
    private void cutDag(int[] cps, int[] next, int from, int to, TaggedSink sink) {
        int bufferStart = -1;
        for (int x = 0; x < to - from; ) {
            int y = next[x] + 1;
            if (y - x == 1) {
                if (bufferStart < 0) {
                    bufferStart = from + x;
                }
            } else {
                if (bufferStart >= 0) {
                    flush(cps, bufferStart, from + x, sink);
                    bufferStart = -1;
                }
                sink.word(cps, from + x, from + y, tagOf(cps, from + x, from + y));
            }
            x = y;
        }
        if (bufferStart >= 0) {
            flush(cps, bufferStart, to, sink);
        }
    }

    private void flush(int[] cps, int from, int to, TaggedSink sink) {
        if (to - from == 1) {
            sink.word(cps, from, to, tagOf(cps, from, to));
        } else if (!dictionary.isWord(cps, from, to)) {
            cutDetail(cps, from, to, sink);
        } else {
            for (int i = from; i < to; i++) {
                sink.word(cps, i, i + 1, tagOf(cps, i, i + 1));
            }
        }
    }

    /** {@code __cut_detail}: Chinese runs through the POS model, the rest by {@code re_skip_detail}. */
    private void cutDetail(int[] cps, int from, int to, TaggedSink sink) {
        int i = from;
        while (i < to) {
            int start = i;
            boolean han = JiebaEngine.isHan(cps[i]);
            do {
                i++;
            } while (i < to && JiebaEngine.isHan(cps[i]) == han);
            if (han) {
                cutByModel(cps, start, i, sink);
            } else {
                cutSkipDetail(cps, start, i, sink);
            }
        }
    }

    /** {@code __cut}: B..E and S states make the words, each tagged with its last state's tag. */
    private void cutByModel(int[] cps, int from, int to, TaggedSink sink) {
        int[] states = viterbi.states(cps, from, to);
        int begin = 0;
        int next = 0;
        for (int i = 0; i < states.length; i++) {
            char position = model.position(states[i]);
            if (position == 'B') {
                begin = i;
            } else if (position == 'E') {
                sink.word(cps, from + begin, from + i + 1, model.tag(states[i]));
                next = i + 1;
            } else if (position == 'S') {
                sink.word(cps, from + i, from + i + 1, model.tag(states[i]));
                next = i + 1;
            }
        }
        if (next < states.length) {
            sink.word(cps, from + next, to, model.tag(states[next]));
        }
    }

    /**
     * {@code re_skip_detail}'s pieces, {@code [.0-9]+} or else {@code [a-zA-Z0-9]+}, and what lies
     * between them as one piece: {@code m} if it starts with a digit or '.', {@code eng} if with a
     * letter, else {@code x}.
     */
    private static void cutSkipDetail(int[] cps, int from, int to, TaggedSink sink) {
        int i = from;
        while (i < to) {
            int start = i;
            if (isNumberCharacter(cps[i])) {
                do {
                    i++;
                } while (i < to && isNumberCharacter(cps[i]));
                sink.word(cps, start, i, "m");
            } else if (JiebaEngine.isAsciiLetterOrDigit(cps[i])) {
                do {
                    i++;
                } while (i < to && JiebaEngine.isAsciiLetterOrDigit(cps[i]));
                sink.word(cps, start, i, "eng");
            } else {
                do {
                    i++;
                } while (i < to && !isNumberCharacter(cps[i]) && !JiebaEngine.isAsciiLetterOrDigit(cps[i]));
                sink.word(cps, start, i, UNKNOWN);
            }
        }
    }

    /** {@code re_num}'s characters: {@code [.0-9]}. */
    private static boolean isNumberCharacter(int cp) {
        return cp == '.' || cp >= '0' && cp <= '9';
    }

    /** {@code word_tag_tab.get(word, 'x')}. */
    private String tagOf(int[] cps, int from, int to) {
        String tag = dictionary.tag(cps, from, to);
        return tag != null ? tag : UNKNOWN;
    }

    /** re_han_internal: {@code [\u4E00-\u9FD5a-zA-Z0-9+#&._]}. */
    static boolean isHanInternal(int cp) {
        return JiebaEngine.isHan(cp) || JiebaEngine.isAsciiLetterOrDigit(cp) || cp == '+' || cp == '#' || cp == '&' || cp == '.'
                || cp == '_';
    }
}
