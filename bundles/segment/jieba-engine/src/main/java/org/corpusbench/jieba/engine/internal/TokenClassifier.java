package org.corpusbench.jieba.engine.internal;

import org.corpusbench.api.TokenType;

/**
 * {@link TokenType#classify(String)} over a range of code points, with each BMP code point's
 * character properties looked up in a table made once, instead of a String per token and six
 * property queries per character ({@code UnicodeScript.of} among them, a binary search). The rules
 * are the same as classify's, in its order; a test compares the two. Immutable; thread-safe.
 */
final class TokenClassifier {
    private static final int WHITESPACE = 1;
    private static final int PUNCTUATION = 2;
    private static final int HAN = 4;
    private static final int LETTER = 8;
    private static final int DIGIT = 16;
    private static final int NUMBER_PART = 32;
    private static final int BMP = 0x10000;

    private final byte[] bmpProperties = new byte[BMP];

    TokenClassifier() {
        for (int cp = 0; cp < BMP; cp++) {
            bmpProperties[cp] = (byte) properties(cp);
        }
    }

    /** @return the type of the token made of these code points */
    TokenType classify(int[] cps, int from, int to) {
        int all = -1;
        int any = 0;
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            int properties = cp < BMP ? bmpProperties[cp] : properties(cp);
            all &= properties;
            any |= properties;
        }
        if (from == to || (all & WHITESPACE) != 0) {
            return TokenType.WHITESPACE;
        }
        if ((any & HAN) != 0) {
            return TokenType.CHINESE_WORD;
        }
        if ((any & DIGIT) != 0 && (all & NUMBER_PART) != 0) {
            return TokenType.NUMBER;
        }
        if ((any & LETTER) != 0) {
            return TokenType.LATIN;
        }
        return (all & PUNCTUATION) != 0 ? TokenType.PUNCTUATION : TokenType.SYMBOL;
    }

    private static int properties(int cp) {
        int properties = 0;
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            properties |= WHITESPACE;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> properties |= PUNCTUATION;
            default -> { }
        }
        if (TokenType.isHan(cp)) {
            properties |= HAN;
        }
        if (Character.isLetter(cp)) {
            properties |= LETTER;
        }
        if (Character.isDigit(cp)) {
            properties |= DIGIT | NUMBER_PART;
        } else if (".,%．，％".indexOf(cp) >= 0) {
            properties |= NUMBER_PART;
        }
        return properties;
    }
}
