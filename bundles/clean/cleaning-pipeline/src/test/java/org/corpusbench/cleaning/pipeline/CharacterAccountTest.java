package org.corpusbench.cleaning.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corpusbench.api.Article;
import org.corpusbench.api.OffsetMap;
import org.junit.jupiter.api.Test;

class CharacterAccountTest {
    @Test
    void aStepThatOnlyRemovesWhitespaceOrMovesTextIntoMetadataLosesNothing() {
        String input = "聊城日报\n 会议 召开。";
        // keeps 会议召开。 (positions 6, 7, 9, 10, 11); 聊城日报 went to metadata, the rest is whitespace
        OffsetMap kept = OffsetMap.of(new int[] {6, 7, 9, 10, 11, 12});

        assertEquals("", CharacterAccount.ofStep(input, kept, List.of("聊城日报")));
    }

    @Test
    void aCharacterLeftOutAndHeldByNoValueIsReportedAsOftenAsItIsMissing() {
        String input = "本报讯（记者 王磊）会议召开。王";
        OffsetMap body = OffsetMap.of(new int[] {10, 11, 12, 13, 14, 16});

        assertEquals("王王磊", sorted(CharacterAccount.ofStep(input, body, List.of("本报讯（记者 ）"))));
        assertEquals("王", CharacterAccount.ofStep(input, body, List.of("本报讯（记者", "王磊）")));
        assertEquals("", CharacterAccount.ofStep(input, body, List.of("本报讯（记者 王磊）", "王")));
    }

    @Test
    void theSplitterAccountsForWhatNoBodyHoldsWithItsArticlesMetadata() {
        String input = "标题\n正文。\n尾注";
        Article article = new Article(0, List.of(new Article.Span(3, 6)), Map.of("headline", "标题"));

        assertEquals("尾注", sorted(CharacterAccount.ofSplit(input, List.of(article), article.metadata().values())));
        assertEquals("", CharacterAccount.ofSplit(input, List.of(article), List.of("标题", "尾注")));
    }

    @Test
    void whatIsLeftOutIsReadAlikeWithAndWithoutSurrogatePairs() {
        // the text without surrogate pairs is read by its left-out runs only; the reading of every code point is the oracle
        int[] letters = "会议召开。王磊 \n\u3000𠀀".codePoints().toArray();
        Random random = new Random(14);
        int missing = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.appendCodePoint(letters[random.nextInt(letters.length - (round % 2 == 0 ? 1 : 0))]);
            }
            String input = text.toString();
            BitSet kept = new BitSet();
            for (int i = 0; i < input.codePointCount(0, input.length()); i++) {
                kept.set(i, random.nextInt(3) > 0);
            }
            StringBuilder held = new StringBuilder(); // values that hold some left-out characters several times
            for (int n = random.nextInt(12); n > 0; n--) {
                held.appendCodePoint(letters[random.nextInt(letters.length)]);
            }
            List<String> values = List.of(random.nextBoolean() ? "王" : "会议", "。", held.toString());
            String expected = everyCodePointRead(input, kept, values);
            assertEquals(expected, CharacterAccount.unaccounted(input, kept, values));
            missing += expected.length();
        }
        assertTrue(missing > 1000, "characters missing: " + missing);
    }

    /** CharacterAccount.unaccounted as it was: every code point read, the left-out ones matched against the values. */
    private static String everyCodePointRead(String input, BitSet kept, List<String> values) {
        int[] inputPoints = input.codePoints().toArray();
        int[] left = java.util.stream.IntStream.range(0, inputPoints.length)
                .filter(i -> !kept.get(i) && !Character.isWhitespace(inputPoints[i]) && !Character.isSpaceChar(inputPoints[i]))
                .map(i -> inputPoints[i]).sorted().toArray();
        int[] held = String.join("", values).codePoints().sorted().toArray();
        StringBuilder missing = new StringBuilder();
        int h = 0;
        for (int codePoint : left) {
            while (h < held.length && held[h] < codePoint) {
                h++;
            }
            if (h < held.length && held[h] == codePoint) {
                h++;
            } else {
                missing.appendCodePoint(codePoint);
            }
        }
        return missing.toString();
    }

    private static String sorted(String text) {
        return text.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
