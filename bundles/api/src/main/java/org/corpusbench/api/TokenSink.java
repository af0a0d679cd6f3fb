package org.corpusbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the tokens of a text one by one as offsets and a type, so a caller that keeps positions
 * or counts need not have a {@link String} and a {@link Token} made for every word. The token's
 * text is {@code text.substring(charStart, charEnd)}.
 */
@ConsumerType
@FunctionalInterface
public interface TokenSink {
    /**
     * @param start offset of the token's first code point in the text (as {@link Token#start()})
     * @param end offset just after its last code point (as {@link Token#end()})
     * @param charStart the same start as an index of the text's {@code char}s
     * @param charEnd the same end as an index of the text's {@code char}s
     * @param type what kind of text the token is
     */
    void token(int start, int end, int charStart, int charEnd, TokenType type);

    /**
     * A token with its part-of-speech tag, from a segmenter that tags; this default drops the tag.
     *
     * @param tag the token's part-of-speech tag, or null
     * @since 1.10
     */
    default void token(int start, int end, int charStart, int charEnd, TokenType type, String tag) {
        token(start, end, charStart, charEnd, type);
    }
}
