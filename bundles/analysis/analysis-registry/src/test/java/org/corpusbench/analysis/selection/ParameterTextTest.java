package org.corpusbench.analysis.selection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;

class ParameterTextTest {

    @Test
    void readsIntegersInAsciiDigitsOnly() {
        assertEquals(12L, ParameterText.integer("12"));
        assertEquals(-3L, ParameterText.integer("-3"));
        assertEquals(7L, ParameterText.integer("+7"));
        assertEquals(Long.MAX_VALUE, ParameterText.integer(Long.toString(Long.MAX_VALUE)));
        // Each of these Long.parseLong accepts or is an overflow.
        for (String bad : new String[] {"１２", "١٢", "१२", "12 ", "", "-", "1_000", "0x10", "1e3", "9223372036854775808"}) {
            assertThrows(NumberFormatException.class, () -> ParameterText.integer(bad), bad);
        }
    }

    @Test
    void readsPlainAsciiDecimalsOnly() {
        assertEquals(0.5, ParameterText.decimal("0.5"));
        assertEquals(-2.0, ParameterText.decimal("-2"));
        assertEquals(1e-6, ParameterText.decimal("1e-6"));
        assertEquals(1.5e3, ParameterText.decimal("1.5E+3"));
        // Each of these Double.parseDouble accepts (or makes infinite).
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "2.5f", ".5", "5.", "１.５", "٠.٥",
                " 1", "1e999", ""}) {
            assertThrows(NumberFormatException.class, () -> ParameterText.decimal(bad), bad);
        }
    }

    @Test
    void refusesControlCharactersAndNamesThemVisibly() {
        for (String bad : new String[] {"\0", "a\u0000", "1\n", "\t2", "x\u007F", "x\u0085", "x\u009B", "a\u2028b", "a\u2029b"}) {
            CorpusException e = assertThrows(CorpusException.class, () -> ParameterText.requirePrintable("parameter 'top'", bad));
            assertTrue(e.getMessage().startsWith("The parameter 'top' contains the control character U+"), e.getMessage());
            assertTrue(e.getMessage().codePoints().noneMatch(Character::isISOControl), e.getMessage());
        }
        assertEquals("The selection contains the control character U+0000 at position 2: '聊城U+0000'",
                assertThrows(CorpusException.class, () -> ParameterText.requirePrintable("selection", "聊城\0")).getMessage());
        for (String fine : new String[] {"", "聊城", "source=000_a.txt", "a b", "zero\u200Bwidth", "\uFEFFbom"}) {
            assertDoesNotThrow(() -> ParameterText.requirePrintable("selection", fine), fine);
        }
    }
}
