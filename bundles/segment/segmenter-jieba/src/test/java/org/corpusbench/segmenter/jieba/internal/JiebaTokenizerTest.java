package org.corpusbench.segmenter.jieba.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JiebaTokenizerTest {
    private static JiebaTokenizer tokenizer;

    @BeforeAll
    static void loadDictionary() {
        tokenizer = new JiebaTokenizer();
    }

    @Test
    void segmentsChineseIntoDictionaryWords() {
        List<Token> tokens = tokenizer.tokenize("聊城市纪念国际妇女节");

        assertEquals(List.of("聊城市", "纪念", "国际妇女节"), texts(tokens));
        assertTrue(tokens.stream().allMatch(t -> t.type() == TokenType.CHINESE_WORD));
    }

    @Test
    void keepsTheOriginalFullWidthTextThatJiebaFolds() {
        List<Token> tokens = tokenizer.tokenize("ＡＢＣ（记者）");

        assertEquals("ＡＢＣ（记者）", String.join("", texts(tokens)));
        assertEquals(TokenType.PUNCTUATION, tokens.get(tokens.size() - 1).type());
    }

    @Test
    void offsetsCountCodePointsSoExtensionBDoesNotShiftThem() {
        String text = "𠀀字聊城";
        List<Token> tokens = tokenizer.tokenize(text);

        assertCovers(text, tokens);
        Token liaocheng = tokens.stream().filter(t -> t.text().equals("聊城")).findFirst().orElseThrow();
        assertEquals(2, liaocheng.start());
        assertEquals(4, liaocheng.end());
    }

    @Test
    void classifiesNumbersLatinPunctuationAndWhitespace() {
        assertEquals(TokenType.NUMBER, TokenType.classify("113"));
        assertEquals(TokenType.NUMBER, TokenType.classify("３.５%"));
        assertEquals(TokenType.LATIN, TokenType.classify("LIAOCHENG"));
        assertEquals(TokenType.PUNCTUATION, TokenType.classify("，"));
        assertEquals(TokenType.PUNCTUATION, TokenType.classify("“"));
        assertEquals(TokenType.WHITESPACE, TokenType.classify("\u3000"));
        assertEquals(TokenType.SYMBOL, TokenType.classify("■"));
    }

    @Test
    void randomTextIsCoveredWithoutGapsOrSplitSurrogates() {
        Random random = new Random(42);
        int[] pool = "聊城市的一是 \n，。“”ＡａA1２%■\u3000".codePoints().toArray();
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.appendCodePoint(random.nextInt(5) == 0 ? 0x20000 + random.nextInt(100) : pool[random.nextInt(pool.length)]);
            }
            assertCovers(text.toString(), tokenizer.tokenize(text.toString()));
        }
    }

    private static void assertCovers(String text, List<Token> tokens) {
        int expectedStart = 0;
        for (Token token : tokens) {
            assertEquals(expectedStart, token.start(), () -> "gap or overlap before " + token);
            assertEquals(token.text().codePointCount(0, token.text().length()), token.end() - token.start());
            assertTrue(!token.text().isEmpty() && !Character.isLowSurrogate(token.text().charAt(0)), token::toString);
            expectedStart = token.end();
        }
        assertEquals(text.codePointCount(0, text.length()), expectedStart);
        assertEquals(text, String.join("", texts(tokens)));
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.toList());
    }
}
