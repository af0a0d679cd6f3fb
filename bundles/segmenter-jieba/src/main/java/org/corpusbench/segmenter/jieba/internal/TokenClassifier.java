package org.corpusbench.segmenter.jieba.internal;

import org.corpusbench.api.TokenType;

/** Decides a token's {@link TokenType} from its code points. */
final class TokenClassifier {

    private TokenClassifier() {
    }

    static TokenType classify(String token) {
        boolean allWhitespace = true;
        boolean allPunctuation = true;
        boolean anyHan = false;
        boolean anyLetter = false;
        boolean anyDigit = false;
        boolean onlyNumberParts = true;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            allWhitespace &= Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            allPunctuation &= isPunctuation(cp);
            anyHan |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            anyLetter |= Character.isLetter(cp);
            anyDigit |= Character.isDigit(cp);
            onlyNumberParts &= Character.isDigit(cp) || ".,%．，％".indexOf(cp) >= 0;
        }
        if (token.isEmpty() || allWhitespace) {
            return TokenType.WHITESPACE;
        }
        if (anyHan) {
            return TokenType.CHINESE_WORD;
        }
        if (anyDigit && onlyNumberParts) {
            return TokenType.NUMBER;
        }
        if (anyLetter) {
            return TokenType.LATIN;
        }
        return allPunctuation ? TokenType.PUNCTUATION : TokenType.SYMBOL;
    }

    private static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
