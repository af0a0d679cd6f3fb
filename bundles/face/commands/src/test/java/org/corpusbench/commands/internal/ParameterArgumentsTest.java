package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.ColumnType;
import org.junit.jupiter.api.Test;

class ParameterArgumentsTest {

    @Test
    void readsNameValuePairsKeepingEqualsSignsInValues() {
        assertEquals(Map.of("min_count", "2", "selection", "source=000.txt"),
                ParameterArguments.parse(List.of("min_count=2", "selection=source=000.txt")));
        assertEquals(Map.of(), ParameterArguments.parse(null));
    }

    @Test
    void rejectsArgumentsWithoutANameAndRepeatedNames() {
        assertEquals("Expected a parameter as name=value, not 'seeds'",
                assertThrows(CorpusException.class, () -> ParameterArguments.parse(List.of("seeds"))).getMessage());
        assertThrows(CorpusException.class, () -> ParameterArguments.parse(List.of("=3")));
        assertEquals("Parameter 'a' is given twice",
                assertThrows(CorpusException.class, () -> ParameterArguments.parse(List.of("a=1", "a=2"))).getMessage());
    }

    @Test
    void roundsDecimalsForTheConsoleOnly() {
        assertEquals("333333.33", CellFormat.format(1e6 / 3, ColumnType.DECIMAL));
        assertEquals("12", CellFormat.format(12L, ColumnType.INTEGER));
        assertEquals("聊城", CellFormat.format("聊城", ColumnType.STRING));
    }
}
