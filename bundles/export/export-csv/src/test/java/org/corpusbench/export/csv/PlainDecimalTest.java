package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link PlainDecimal} against the BigDecimal formatting it replaces, which is obviously right. */
class PlainDecimalTest {

    /**
     * Plain, without trailing zeros, reads back as the same double, and no longer than Java 17's
     * digits, or two: where one digit would do, Java 19's specification takes the closest of two
     * (9.9E-324, not 1.0E-323).
     */
    @Property(tries = 5000)
    void plainShortestAndExact(@ForAll("finite") double number) {
        String plain = PlainDecimal.of(number);
        assertEquals(number == 0 ? 0.0 : number, Double.parseDouble(plain));
        assertTrue(plain.matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?"), plain);
        BigDecimal java17 = BigDecimal.valueOf(number).stripTrailingZeros();
        assertTrue(new BigDecimal(plain).stripTrailingZeros().precision() <= Math.max(2, java17.precision()), () -> plain + " against " + java17.toPlainString());
    }

    /** Where Java 17's Double.toString has the fewest digits already, the same text as it (through BigDecimal). */
    @Property(tries = 2000)
    void sameTextAsBigDecimalWhereShortest(@ForAll("finite") double number) {
        String java17 = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        String plain = PlainDecimal.of(number);
        if (new BigDecimal(plain).stripTrailingZeros().precision() == new BigDecimal(java17).stripTrailingZeros().precision()) {
            assertEquals(java17, plain);
        }
    }

    @Test
    void fewerDigitsThanJava17WhereItGivesTooMany() {
        // Java 17 prints 2e23 as 1.9999999999999998E23 and 1e23 as 9.999999999999999E22 (JDK-4511638).
        assertEquals("200000000000000000000000", PlainDecimal.of(2e23));
        assertEquals("100000000000000000000000", PlainDecimal.of(1e23));
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
