package org.corpusbench.analysis.concordance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RadixSortTest {

    /** Keys up to 2^31 - 1 take three 11-bit digits; ranks in the random corpora only one. */
    @Property(tries = 300)
    void ordersAsAStableComparisonSort(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> values,
            @ForAll long seed) {
        int[] keys = values.stream().mapToInt(Integer::intValue).toArray();
        // a start order other than the identity, to see that equal keys keep it
        List<Integer> start = IntStream.range(0, keys.length).boxed().sorted(Comparator.comparingLong(i -> (i * 31L + seed) % 7))
                .toList();
        int[] expected = start.stream().sorted(Comparator.comparingInt(i -> keys[i])).mapToInt(Integer::intValue).toArray();

        int[] order = start.stream().mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, RadixSort.stableByKey(order, keys, new int[keys.length]));
    }
}
