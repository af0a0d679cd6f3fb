package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        assertEquals(TokenType.NUMBER, TokenType.classify("3.5%"));
        assertEquals(TokenType.LATIN, TokenType.classify("GDP"));
        assertEquals(TokenType.PUNCTUATION, TokenType.classify("。"));
        assertEquals(TokenType.WHITESPACE, TokenType.classify("　"));
        assertEquals(TokenType.WHITESPACE, TokenType.classify(""));
        assertEquals(TokenType.SYMBOL, TokenType.classify("■"));
    }

    @Test
    void everySingleCodePointIsClassifiedAsTheRulesSay() {
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x30000 ? 1 : 97) {
            TokenType expected = byTheRules(new int[] {cp});
            TokenType fromString = TokenType.classify(Character.toString(cp));
            TokenType fromCodePoints = TokenType.classify(new int[] {-7, cp, -7}, 1, 2);
            if (fromString != expected || fromCodePoints != expected) {
                differences.add(Integer.toHexString(cp) + " " + fromString + " " + fromCodePoints + " " + expected);
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())));
    }

    @Test
    void mixedTokensAreClassifiedAsTheRulesSay() {
        int[] letters = "中国𠀀々〇aZ9０5.,%．，％-_+#&，。、（）《》 \u3000\t\n■※😀ǅⅫ".codePoints().toArray();
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            int[] token = new int[random.nextInt(5)];
            for (int j = 0; j < token.length; j++) {
                token[j] = letters[random.nextInt(letters.length)];
            }
            String text = new String(token, 0, token.length);
            assertEquals(byTheRules(token), TokenType.classify(text), text);
            assertEquals(byTheRules(token), TokenType.classify(token, 0, token.length), text);
        }
    }

    /** The rules as TokenType's documentation states them, asked of Character directly: the oracle. */
    private static TokenType byTheRules(int[] token) {
        boolean allWhitespace = true;
        boolean allPunctuation = true;
        boolean anyHan = false;
        boolean anyLetter = false;
        boolean anyDigit = false;
        boolean onlyNumberParts = true;
        for (int cp : token) {
            allWhitespace &= Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            int type = Character.getType(cp);
            allPunctuation &= type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION;
            anyHan |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            anyLetter |= Character.isLetter(cp);
            anyDigit |= Character.isDigit(cp);
            onlyNumberParts &= Character.isDigit(cp) || ".,%．，％".indexOf(cp) >= 0;
        }
        if (allWhitespace) {
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
}
