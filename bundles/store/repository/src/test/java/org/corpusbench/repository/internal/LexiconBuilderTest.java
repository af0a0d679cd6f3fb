package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;

class LexiconBuilderTest {
    @Test
    void knownIdsAreTheIdsOfTheSharedMapForWordsOfAnyLength() {
        LexiconBuilder lexicon = new LexiconBuilder();
        String[] words = {"的", "我们", "北京市", "中华人民", "a", "ab", "abc", "\n", "𠀀", "𠀀字", "字𠀀", "中国人民银行", "\u0000", "\u0000\u0000", "abc", "\u0003abc", "\u0004abc", "\u0004ab", "abcd", "中华人民共"};
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String word = words[random.nextInt(words.length)] + (random.nextInt(4) == 0 ? random.nextInt(3000) : "");
                tokens.add(new Token(word, 0, 1, TokenType.SYMBOL));
            }
            int[] expected = tokens.stream().mapToInt(token -> lexicon.knownId(token.text())).toArray();
            assertArrayEquals(expected, lexicon.knownIds(tokens), "round " + round);
            assertArrayEquals(expected, lexicon.knownIds(tokens), "again, from the table, round " + round);
            tokens.subList(0, 25).forEach(token -> lexicon.add(token.text(), token.type()));
        }
    }
}
