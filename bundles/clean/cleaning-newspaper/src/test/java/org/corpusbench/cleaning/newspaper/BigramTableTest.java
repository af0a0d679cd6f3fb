package org.corpusbench.cleaning.newspaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;

/** The body's bigrams in a hash table against the way they were read before: from the body's spans joined by line breaks. */
class BigramTableTest {
    private static final int[] LETTERS = "记者王李张市区的了在一是年月日，。（）A1 \n𠀀𠀁".codePoints().toArray();

    @Test
    void holdsTheBigramsOfTheBodyJoinedByLineBreaksAndNoOthers() {
        Random random = new Random(14);
        int present = 0;
        for (int page = 0; page < 500; page++) {
            int[] text = new int[random.nextInt(400) + 2];
            for (int i = 0; i < text.length; i++) {
                text[i] = LETTERS[random.nextInt(LETTERS.length)];
            }
            ArticleDraft article = new ArticleDraft(0, null);
            for (int start = random.nextInt(5); start < text.length; start += random.nextInt(40) + 1) {
                int end = Math.min(text.length, start + random.nextInt(30));
                article.body.put(start, end);
                start = end;
            }
            Set<Long> expected = joinedBodyBigrams(article, text);
            BigramTable table = BigramTable.of(article, text);
            for (int a : LETTERS) {
                for (int b : LETTERS) {
                    long bigram = TitleAttacher.bigram(a, b);
                    assertEquals(expected.contains(bigram), table.contains(bigram));
                    present += expected.contains(bigram) ? 1 : 0;
                }
            }
        }
        assertTrue(present > 1000, "bigrams present: " + present);
    }

    /** The bigrams as they were read before: of the spans' text joined with a line break after each. */
    private static Set<Long> joinedBodyBigrams(ArticleDraft article, int[] text) {
        StringBuilder body = new StringBuilder();
        article.body.forEach((start, end) -> body.append(new String(text, start, end - start)).append('\n'));
        Set<Long> bigrams = new HashSet<>();
        int previous = -1;
        for (int cp : body.toString().codePoints().toArray()) {
            if (previous >= 0 && TokenType.isHan(previous) && TokenType.isHan(cp)) {
                bigrams.add((long) previous << 21 | cp);
            }
            previous = cp;
        }
        return bigrams;
    }
}
