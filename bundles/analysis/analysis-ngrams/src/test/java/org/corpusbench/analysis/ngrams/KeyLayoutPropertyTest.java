package org.corpusbench.analysis.ngrams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Packed keys give back their components and sort as the component sequences do. */
class KeyLayoutPropertyTest {
    @Property(tries = 300)
    void packedKeysRoundTripAndKeepTheOrderOfTheirComponents(@ForAll @IntRange(min = 2, max = 6) int n,
            @ForAll("maxima") int max, @ForAll("seeds") long seed) {
        java.util.Random random = new java.util.Random(seed);
        KeyLayout layout = new KeyLayout(n, max);
        int[] a = random.ints(n, 1, max + 1).toArray();
        int[] b = random.nextBoolean() ? a.clone() : random.ints(n, 1, max + 1).toArray();
        b[n - 1] = random.nextBoolean() ? b[n - 1] : 1 + random.nextInt(max);
        long[] keys = new long[2 * layout.words()];
        long[] key = new long[layout.words()];
        layout.pack(a, 0, key);
        System.arraycopy(key, 0, keys, 0, key.length);
        layout.pack(b, 0, key);
        System.arraycopy(key, 0, keys, key.length, key.length);

        for (int i = 0; i < n; i++) {
            assertEquals(a[i], layout.component(keys, 0, i));
            assertEquals(b[i], layout.component(keys, 1, i));
        }
        assertEquals(Integer.signum(Arrays.compare(a, b)), Integer.signum(Arrays.compare(Arrays.copyOfRange(keys, 0, key.length),
                Arrays.copyOfRange(keys, key.length, keys.length))));
    }

    @Provide
    Arbitrary<Integer> maxima() {
        return Arbitraries.oneOf(List.of(Arbitraries.integers().between(1, 300), Arbitraries.of(1_600_001, 0x110000, 1 << 30)));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
