package org.corpusbench.jieba.engine;

import org.corpusbench.api.TokenSink;
import org.corpusbench.api.TokenType;

/**
 * Turns the engine's code-point spans of one text into {@link TokenSink} calls: adds the spans'
 * {@code char} offsets and their types. Made per call; not thread-safe.
 */
final class TokenEmitter implements JiebaEngine.SpanSink {
    private final int charCount;
    private final TokenSink sink;
    /** Without surrogate pairs a code point offset is a char offset; otherwise they are counted from an anchor. */
    private boolean surrogates;
    private int codePointAnchor;
    private int charAnchor;

    TokenEmitter(String text, TokenSink sink) {
        this.sink = sink;
        this.charCount = text.length();
    }

    @Override
    public void begin(int codePointCount) {
        surrogates = codePointCount != charCount;
    }

    @Override
    public void span(int[] codePoints, int start, int end) {
        int charStart = surrogates ? charIndex(codePoints, start) : start;
        int charEnd = surrogates ? charIndex(codePoints, end) : end;
        sink.token(start, end, charStart, charEnd, TokenType.classify(codePoints, start, end));
    }

    /** As {@link #span(int[], int, int)}, for a token with a part-of-speech tag. */
    void span(int[] codePoints, int start, int end, String tag) {
        int charStart = surrogates ? charIndex(codePoints, start) : start;
        int charEnd = surrogates ? charIndex(codePoints, end) : end;
        sink.token(start, end, charStart, charEnd, TokenType.classify(codePoints, start, end), tag);
    }

    /** Spans come in order, search mode's subwords stepping back at most a word, so the anchor moves little. */
    private int charIndex(int[] codePoints, int codePoint) {
        while (codePointAnchor < codePoint) {
            charAnchor += Character.charCount(codePoints[codePointAnchor++]);
        }
        while (codePointAnchor > codePoint) {
            charAnchor -= Character.charCount(codePoints[--codePointAnchor]);
        }
        return charAnchor;
    }
}
