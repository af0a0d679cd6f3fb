package org.corpusbench.jieba.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;

/** The table-driven classifier against {@link TokenType#classify(String)}, which it must equal. */
class TokenClassifierTest {
    private final TokenClassifier classifier = new TokenClassifier();

    @Test
    void everySingleCodePointIsClassifiedAsTokenTypeDoes() {
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x30000 ? 1 : 97) {
            TokenType ours = classifier.classify(new int[] {cp}, 0, 1);
            if (ours != TokenType.classify(Character.toString(cp))) {
                differences.add(Integer.toHexString(cp) + " " + ours);
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())));
    }

    @Test
    void mixedTokensAreClassifiedAsTokenTypeDoes() {
        String alphabet = "中国𠀀々〇aZ9０5.,%．，％-_+#&，。、（）《》 \u3000\t\n■※😀ǅⅫ";
        int[] letters = alphabet.codePoints().toArray();
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            int[] token = new int[1 + random.nextInt(4)];
            for (int j = 0; j < token.length; j++) {
                token[j] = letters[random.nextInt(letters.length)];
            }
            String text = new String(token, 0, token.length);
            assertEquals(TokenType.classify(text), classifier.classify(token, 0, token.length), text);
        }
        assertEquals(TokenType.WHITESPACE, classifier.classify(new int[0], 0, 0));
    }
}
