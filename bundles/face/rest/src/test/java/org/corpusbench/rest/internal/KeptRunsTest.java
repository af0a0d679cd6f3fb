package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corpusbench.api.OffsetMap;
import org.junit.jupiter.api.Test;

class KeptRunsTest {
    private static void assertRuns(List<int[]> actual, int[]... expected) {
        assertEquals(expected.length, actual.size(), () -> actual.stream().map(java.util.Arrays::toString).toList().toString());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual.get(i), "run " + i);
        }
    }

    @Test
    void anUnchangedTextIsOneRun() {
        String text = "经济发展";
        assertRuns(KeptRuns.of(OffsetMap.identity(4), text, text), new int[] {0, 4, 0, 4});
    }

    @Test
    void aJoinedLineBreakSplitsTheRunAroundIt() {
        // "经济\n发展" -> "经济发展": the line break at original 2 has no cleaned code point
        assertRuns(KeptRuns.of(OffsetMap.of(new int[] {0, 1, 3, 4, 5}), "经济发展", "经济\n发展"),
                new int[] {0, 2, 0, 2}, new int[] {2, 4, 3, 5});
    }

    @Test
    void aRemovedHeaderLeavesTheRestAsOneRunFromItsEnd() {
        String original = "第1版\n本报讯记者";
        // the header "第1版\n" (4 code points) went to metadata
        assertRuns(KeptRuns.of(OffsetMap.of(new int[] {4, 5, 6, 7, 8, 9}), "本报讯记者", original), new int[] {0, 5, 4, 9});
    }

    @Test
    void aReplacedCharacterIsNotKept() {
        // the full-width Ａ folded to A, one to one: mapped, but not the same code point
        assertRuns(KeptRuns.of(OffsetMap.identity(3), "中A文", "中Ａ文"), new int[] {0, 1, 0, 1}, new int[] {2, 3, 2, 3});
    }

    @Test
    void anInsertedCharacterIsNotKeptEvenIfItEqualsTheNextOriginal() {
        // "ab" -> "aXb" and "ab" -> "abb": an inserted code point names the next original offset
        assertRuns(KeptRuns.of(OffsetMap.of(new int[] {0, 1, 1, 2}), "aXb", "ab"), new int[] {0, 1, 0, 1}, new int[] {2, 3, 1, 2});
        assertRuns(KeptRuns.of(OffsetMap.of(new int[] {0, 1, 1, 2}), "abb", "ab"), new int[] {0, 1, 0, 1}, new int[] {2, 3, 1, 2});
    }

    @Test
    void offsetsCountCodePointsBeyondTheBasicPlane() {
        // 𠀀 (CJK Extension B) is two chars but one code point; the space after it was removed
        assertRuns(KeptRuns.of(OffsetMap.of(new int[] {0, 2, 3}), "𠀀字", "𠀀 字"), new int[] {0, 1, 0, 1}, new int[] {1, 2, 2, 3});
    }

    @Test
    void anEmptyTextHasNoRuns() {
        assertEquals(0, KeptRuns.of(OffsetMap.of(new int[] {3}), "", "abc").size());
    }

    @Test
    void refusesAMapThatDoesNotFitTheTexts() {
        assertThrows(IllegalArgumentException.class, () -> KeptRuns.of(OffsetMap.identity(2), "abc", "abc"));
        assertThrows(IllegalArgumentException.class, () -> KeptRuns.of(OffsetMap.of(new int[] {0, 5}), "a", "ab"));
    }
}
