package org.corpusbench.segmenter.thulac.internal;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * Lays THULAC's words over the text they came from, so that no character is lost. thulac4j drops
 * whitespace and replaces each half of a surrogate pair by '?', but keeps every other character in
 * the order of the rest: so each word's chars are found in the text one by one, whitespace between
 * them skipped. Skipped whitespace becomes a token of its own, even inside a word THULAC joined
 * across it (as {@code 3 月} or a word wrapped over two lines): no token holds whitespace. A word
 * that would end inside a surrogate pair takes the pair whole, the next word giving up its first
 * char. Offsets are in code points.
 */
final class ThulacTokens {
    private ThulacTokens() {
    }

    /**
     * @param text the segmented text
     * @param words thulac4j's words for it
     * @return tokens covering the text without gaps, in order
     * @throws IllegalStateException if the words do not fit the text (a thulac4j that changed more than it says)
     */
    static List<Token> of(String text, List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size() + 8);
        int at = 0;
        int codePoint = 0;
        int owed = 0; // chars of the next word already taken with a surrogate pair
        for (String word : words) {
            int k = Math.min(owed, word.length());
            owed -= k;
            int pieceStart = -1;
            while (k < word.length()) {
                if (at >= text.length()) {
                    throw misfit(text, word, at);
                }
                char c = text.charAt(at);
                if (matches(c, word.charAt(k))) {
                    pieceStart = pieceStart < 0 ? at : pieceStart;
                    at++;
                    k++;
                } else if (isSpace(c)) {
                    // whitespace thulac4j dropped, inside the word or before it: a token of its own
                    if (pieceStart >= 0) {
                        codePoint = add(text, pieceStart, at, codePoint, tokens);
                        pieceStart = -1;
                    }
                    int spaceStart = at;
                    while (at < text.length() && isSpace(text.charAt(at)) && !matches(text.charAt(at), word.charAt(k))) {
                        at++;
                    }
                    codePoint = add(text, spaceStart, at, codePoint, tokens);
                } else {
                    throw misfit(text, word, at);
                }
            }
            if (pieceStart >= 0) {
                if (at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))) {
                    at++;
                    owed = 1;
                }
                codePoint = add(text, pieceStart, at, codePoint, tokens);
            }
        }
        if (at < text.length()) {
            add(text, at, text.length(), codePoint, tokens);
        }
        return tokens;
    }

    private static boolean matches(char inText, char inWord) {
        return inText == inWord || inWord == '?' && Character.isSurrogate(inText);
    }

    private static IllegalStateException misfit(String text, String word, int at) {
        return new IllegalStateException("THULAC's word '" + word + "' does not fit the text at character " + at + ": '"
                + text.substring(at, Math.min(text.length(), at + word.length())) + "'");
    }

    /** The characters thulac4j drops: whitespace, the ideographic space and no-break spaces included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int add(String text, int from, int to, int codePoint, List<Token> tokens) {
        String piece = text.substring(from, to);
        int end = codePoint + piece.codePointCount(0, piece.length());
        tokens.add(new Token(piece, codePoint, end, TokenType.classify(piece)));
        return end;
    }
}
