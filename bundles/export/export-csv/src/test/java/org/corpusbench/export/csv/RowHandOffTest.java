package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The writing thread gets every row in order, passes its failure to the caller, and never outlives close. */
class RowHandOffTest {

    @Property(tries = 50)
    void everyRowIsWrittenInOrder(@ForAll @IntRange(min = 0, max = 6 * RowHandOff.BATCH) int count) throws Exception {
        List<List<Object>> written = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (RowHandOff<List<Object>> handOff = new RowHandOff<>(written::add)) {
            for (long i = 0; i < count; i++) {
                List<Object> row = List.of(i, "row " + i);
                rows.add(row);
                handOff.add(row);
            }
        }
        assertEquals(rows, written);
        assertFalse(writerAlive());
    }

    @Example
    void aFailureWhileWritingReachesTheCaller() {
        IllegalStateException broken = new IllegalStateException("disk full");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> {
            try (RowHandOff<List<Object>> handOff = new RowHandOff<>(row -> {
                throw broken;
            })) {
                for (long i = 0; i < 20 * RowHandOff.BATCH; i++) {
                    handOff.add(List.of(i));
                }
            }
        });
        assertSame(broken, thrown);
        assertFalse(writerAlive());
    }

    @Example
    void aFailingTableStillEndsTheThread() {
        List<List<Object>> written = new ArrayList<>();
        assertThrows(ArithmeticException.class, () -> {
            try (RowHandOff<List<Object>> handOff = new RowHandOff<>(written::add)) {
                for (long i = 0; i < 3 * RowHandOff.BATCH; i++) {
                    handOff.add(List.of(i));
                }
                throw new ArithmeticException("the table failed");
            }
        });
        assertFalse(writerAlive());
        assertEquals(3 * RowHandOff.BATCH, written.size(), "rows handed over before the failure are written");
    }

    private static boolean writerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("csv-row-writer") && t.isAlive());
    }
}
