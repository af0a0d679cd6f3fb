package org.corpusbench.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link PlainDecimal} against the BigDecimal formatting it replaces, which is obviously right. */
class PlainDecimalTest {

    @Property(tries = 2000)
    void sameTextAsBigDecimal(@ForAll("finite") double number) {
        assertEquals(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString(), PlainDecimal.of(number));
    }

    @Provide
    Arbitrary<Double> finite() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble)
                .filter(d -> !d.isNaN() && !d.isInfinite());
        Arbitrary<Double> statistics = Arbitraries.doubles().between(-2, 1e7);
        Arbitrary<Double> ratios = Arbitraries.integers().between(0, 1_000_000)
                .flatMap(a -> Arbitraries.integers().between(1, 1_000_000).map(b -> a / (double) b));
        return Arbitraries.oneOf(anyBits, statistics, ratios,
                Arbitraries.of(0.0, -0.0, 1.0, -1.0, 100.0, 1e7, 1e-3, 1e-4, 0.0001, 375000.0, 1e22, 1e23, 5e-324,
                        Double.MAX_VALUE, Double.MIN_NORMAL, 123456789012.0, 0.1 + 0.2));
    }

    @Test
    void handWorkedCases() {
        assertEquals("375000", PlainDecimal.of(375000.0));
        assertEquals("0.0001", PlainDecimal.of(1e-4));
        assertEquals("-2.5", PlainDecimal.of(-2.5));
        assertEquals("0", PlainDecimal.of(-0.0));
        assertEquals("10000000", PlainDecimal.of(1e7));
        assertEquals("0.30000000000000004", PlainDecimal.of(0.1 + 0.2));
    }
}
