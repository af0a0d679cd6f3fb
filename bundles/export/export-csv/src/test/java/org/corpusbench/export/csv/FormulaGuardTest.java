package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void putsAnApostropheBeforeEachCharacterThatStartsAFormula() {
        for (String trigger : new String[] {"=", "+", "-", "@", "\t", "\r", "\0"}) {
            String text = trigger + "HYPERLINK(\"http://example.com\",\"click\")";
            assertEquals("'" + text, FormulaGuard.cell(text), () -> "leading U+" + Integer.toHexString(trigger.charAt(0)));
        }
        assertEquals("'-cmd|' /C calc'!A0", FormulaGuard.cell("-cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", FormulaGuard.cell("@SUM(A1)"));
    }

    @Test
    void leavesOrdinaryTextAloneAndGuardsNumbersGivenAsText() {
        assertEquals("聊城", FormulaGuard.cell("聊城"));
        assertEquals("", FormulaGuard.cell(""));
        assertEquals("a=b", FormulaGuard.cell("a=b"));
        assertEquals("'quoted", FormulaGuard.cell("'quoted"));
        assertEquals("＝全角", FormulaGuard.cell("＝全角")); // full-width: named by neither OWASP document
        assertEquals("'-3", FormulaGuard.cell("-3")); // a string that looks like a number is still a string
    }

    @Test
    void guardsCellsThatACommentLineWouldSplitInto() {
        assertEquals("min_count=1; selection=all", FormulaGuard.comment("min_count=1; selection=all"));
        assertEquals("selection=0-2,4", FormulaGuard.comment("selection=0-2,4"));
        assertEquals("selection=x,'=HYPERLINK(\"\"u\"\")", FormulaGuard.comment("selection=x,=HYPERLINK(\"u\")"));
        assertEquals("a=x; '+1, '-2,,'@3", FormulaGuard.comment("a=x; +1, -2,,@3"));
        assertEquals("a=x, \"\"'=1+1", FormulaGuard.comment("a=x, \"=1+1"));
        assertEquals("ratio=-0.5", FormulaGuard.comment("ratio=-0.5"));
    }
}
