package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TokenTypeTest {
    @Test
    void isHanAgreesWithTheUnicodeScriptOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (TokenType.isHan(cp) != (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                throw new AssertionError("isHan differs from the Unicode script at U+" + Integer.toHexString(cp));
            }
        }
        assertFalse(TokenType.isHan(-1));
    }

    @Test
    void classifiesTokensByTheirCharacters() {
        assertEquals(TokenType.CHINESE_WORD, TokenType.classify("发展"));
        assertEquals(TokenType.CHINESE_WORD, TokenType.classify("𠀀"));
        assertEquals(TokenType.NUMBER, TokenType.classify("2024"));
        assertEquals(TokenType.LATIN, TokenType.classify("GDP"));
        assertEquals(TokenType.PUNCTUATION, TokenType.classify("。"));
        assertEquals(TokenType.WHITESPACE, TokenType.classify("　"));
    }
}
