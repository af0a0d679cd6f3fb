package org.corpusbench.api;

import java.util.Objects;

/**
 * A token of a document's cleaned text.
 *
 * @param text the token as it appears in the cleaned text
 * @param start offset of its first code point in the cleaned text
 * @param end offset just after its last code point in the cleaned text
 * @param type what kind of text it is
 * @param tag its part-of-speech tag (such as {@code n} or {@code v}), or null if its segmenter tags nothing
 *     (since 1.10)
 */
public record Token(String text, int start, int end, TokenType type, String tag) {
    /** A token without a part-of-speech tag. */
    public Token(String text, int start, int end, TokenType type) {
        this(text, start, end, type, null);
    }

    /** @throws IllegalArgumentException if the offsets are negative or out of order */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad token offsets [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
