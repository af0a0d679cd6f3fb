package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void composesTwoStepsBackToTheFirstInput() {
        // "a b\nc" -> drop the newline -> "a bc"; then drop the space -> "abc"
        OffsetMap first = OffsetMap.of(new int[] {0, 1, 2, 4, 5});
        OffsetMap second = OffsetMap.of(new int[] {0, 2, 3, 4});

        OffsetMap composed = first.andThen(second);

        assertEquals(OffsetMap.of(new int[] {0, 2, 4, 5}), composed);
        assertEquals(3, composed.cleanedLength());
    }

    @Test
    void refusesMapsWhoseLengthsDoNotLineUp() {
        OffsetMap first = OffsetMap.identity(3);
        OffsetMap second = OffsetMap.identity(4);

        assertThrows(IllegalArgumentException.class, () -> first.andThen(second));
    }

    @Test
    void refusesDecreasingOffsets() {
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.of(new int[] {0, 2, 1}));
    }

    @Test
    void builderCountsCodePointsNotCharsForExtensionB() {
        CleanedText.Builder builder = CleanedText.builder();
        "𠀀字".codePoints().forEach(cp -> builder.append(cp, builder.length()));

        CleanedText cleaned = builder.build(2);

        assertEquals("𠀀字", cleaned.text());
        assertEquals(2, cleaned.offsets().cleanedLength());
        assertEquals(1, cleaned.offsets().toOriginal(1));
        assertEquals(2, cleaned.offsets().toOriginal(2));
    }

    @Test
    void cleanedTextRejectsAMapOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new CleanedText("abc", OffsetMap.identity(2)));
    }
}
