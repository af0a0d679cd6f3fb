package org.corpusbench.repository.internal;

import org.corpusbench.api.CodePointOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TypeRanksTest {
    /** Code points where UTF-16 order and code-point order disagree, and their neighbours. */
    private static final int[] ALPHABET = {'a', 'b', 'A', '0', '的', '聊', 0xD7FF, 0xE000, 0xFF01, 0xFFFD, 0xFFFF, 0x20000,
        0x2A6D6, 0x10000, 0x1F600, 0x10FFFF};

    /** First code point and size of ranges on either side of the surrogates. */
    private static final int[][] RANGES = {{'a', 26}, {0x4E00, 40}, {0xE000, 8}, {0xFF00, 256}, {0x20000, 40}, {0x1F600, 8}};

    /** The obviously correct order: compare the code points as ints, one after the other. */
    private static final Comparator<String> NAIVE = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    @Test
    void aSupplementaryCharacterSortsAfterTheLastBmpCharactersUnlikeStringCompareTo() {
        String extensionB = "𠀀"; // U+20000
        String fullwidthBang = "！"; // U+FF01
        assertTrue(extensionB.compareTo(fullwidthBang) < 0, "UTF-16 order, which the ranks must not follow");

        int[] ids = TypeRanks.idsByRank(4, List.of("𠀀", "！", "\uFFFD", "的")::get);

        assertArrayEquals(new int[] {3, 1, 2, 0}, ids); // 的 U+7684, ！ U+FF01, U+FFFD, 𠀀 U+20000
        assertTrue(CodePointOrder.compare(extensionB, fullwidthBang) > 0);
        assertTrue(CodePointOrder.compare("聊", "聊城") < 0, "a prefix first");
        assertEquals(0, CodePointOrder.compare("𠀀聊", "𠀀聊"));
    }

    @Property(tries = 500)
    void ranksEqualANaiveSortOfTheStrings(@ForAll("lexicons") List<String> types) {
        int[] ids = TypeRanks.idsByRank(types.size(), types::get);

        List<String> expected = new ArrayList<>(types);
        expected.sort(NAIVE);
        List<String> actual = Arrays.stream(ids).mapToObj(types::get).toList();
        assertEquals(expected, actual);
    }

    /** Past 2^21 types only one code point fits beside the id; with none, every type is compared as a string. */
    @Property(tries = 300)
    void ranksEqualANaiveSortWhateverPrefixFitsBesideTheIds(@ForAll("lexicons") List<String> types,
            @ForAll @IntRange(min = 0, max = 2) int prefixLength) {
        int[] ids = TypeRanks.idsByRank(types.size(), types::get, prefixLength);

        List<String> expected = new ArrayList<>(types);
        expected.sort(NAIVE);
        assertEquals(expected, Arrays.stream(ids).mapToObj(types::get).toList());
    }

    @Property(tries = 500)
    void comparesLikeTheCodePoints(@ForAll("types") String a, @ForAll("types") String b) {
        assertEquals(Integer.signum(NAIVE.compare(a, b)), Integer.signum(CodePointOrder.compare(a, b)));
    }

    @Provide
    Arbitrary<List<String>> lexicons() {
        // sizes past the insertion-sort cut-off, so the merges are exercised too
        return types().list().ofMaxSize(300).map(list -> List.copyOf(new LinkedHashSet<>(list)));
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(Arrays.stream(ALPHABET).boxed().toList()).list().ofMinSize(1).ofMaxSize(4)
                .map(codePoints -> {
                    StringBuilder text = new StringBuilder();
                    codePoints.forEach(text::appendCodePoint);
                    return text.toString();
                });
    }

    @Test
    void sortsAManyTypeLexiconInCodePointOrder() {
        java.util.Random random = new java.util.Random(11);
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < 20_000) {
            StringBuilder text = new StringBuilder();
            for (int length = 1 + random.nextInt(4); length > 0; length--) {
                int[] range = RANGES[random.nextInt(RANGES.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1]));
            }
            distinct.add(text.toString());
        }
        List<String> types = List.copyOf(distinct);

        int[] ids = TypeRanks.idsByRank(types.size(), types::get);

        for (int rank = 1; rank < ids.length; rank++) {
            assertTrue(NAIVE.compare(types.get(ids[rank - 1]), types.get(ids[rank])) < 0, "rank " + rank);
        }
        assertEquals(types.size(), Arrays.stream(ids).distinct().count());
    }
}
