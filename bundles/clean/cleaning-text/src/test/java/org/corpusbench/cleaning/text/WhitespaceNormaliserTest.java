package org.corpusbench.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corpusbench.api.CleanedText;
import org.junit.jupiter.api.Test;

class WhitespaceNormaliserTest {
    private final WhitespaceNormaliser normaliser = new WhitespaceNormaliser();

    @Test
    void foldsLineEndingsSpacesAndBlankLines() {
        CleanedText cleaned = normaliser.normalise("\r\n\u3000\u3000本报讯 \t（记者  赵宗锋）\r\n\r\n\r\n第二段\u200B。 \rend");

        assertEquals(" 本报讯 （记者 赵宗锋）\n\n第二段。\nend", cleaned.text(), "indentation kept as one space");
    }

    @Test
    void mapsEveryCleanedOffsetBackToTheCharacterItCameFrom() {
        String original = "\u3000甲 \u200B乙\r\n丙";
        CleanedText cleaned = normaliser.normalise(original);

        assertEquals(" 甲 乙\n丙", cleaned.text());
        assertEquals(1, cleaned.offsets().toOriginal(1)); // 甲
        assertEquals(4, cleaned.offsets().toOriginal(3)); // 乙, after the removed zero-width space
        assertEquals(7, cleaned.offsets().toOriginal(5)); // 丙, after CRLF
        assertEquals(8, cleaned.offsets().toOriginal(6)); // end of text
    }

    @Test
    void keepsExtensionBCharactersAndCountsThemAsOneCodePoint() {
        CleanedText cleaned = normaliser.normalise(" 𠀀 𠀁 ");

        assertEquals(" 𠀀 𠀁", cleaned.text());
        assertEquals(3, cleaned.offsets().toOriginal(3));
    }

    @Test
    void emptyAndBlankTextBecomeEmpty() {
        assertEquals("", normaliser.normalise("").text());
        assertEquals("", normaliser.normalise(" \n\u3000\n").text());
    }

    @Test
    void theWrittenOutClassesAreTheUnicodeCategoriesOfEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean space = cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR;
            boolean invisible = cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                    || Character.getType(cp) == Character.CONTROL;
            assertEquals(space, WhitespaceNormaliser.isHorizontalSpace(cp), "space? U+" + Integer.toHexString(cp));
            assertEquals(invisible, WhitespaceNormaliser.isInvisible(cp), "invisible? U+" + Integer.toHexString(cp));
        }
    }
}
