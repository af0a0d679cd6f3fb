package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;

/** {@link RowCells}, which remembers recent values, against formatting every cell afresh. */
class RowCellsTest {
    private static final List<Column> COLUMNS = List.of(new Column("word", ColumnType.STRING),
            new Column("count", ColumnType.INTEGER), new Column("share", ColumnType.DECIMAL),
            new Column("measure", ColumnType.DECIMAL));

    @Property(tries = 200)
    void sameCellsAsFormattingEachValueAfresh(@ForAll long seed) {
        Random random = new Random(seed);
        // Few distinct values, so that they repeat, share slots and displace one another.
        double[] values = new double[1 + random.nextInt(600)];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(1000) / (double) (1 + random.nextInt(1000));
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                default -> random.nextGaussian() * 1e-9;
            };
        }
        RowCells cells = new RowCells(COLUMNS);
        for (int row = 0; row < 2_000; row++) {
            List<Object> values4 = new ArrayList<>(List.of("=w" + row, (long) row,
                    values[random.nextInt(values.length)], values[random.nextInt(values.length)]));
            if (random.nextInt(10) == 0) {
                values4.add(values[random.nextInt(values.length)]); // a cell past the declared columns
            }
            assertArrayEquals(afresh(values4), cells.of(values4));
        }
    }

    private static String[] afresh(List<Object> row) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = row.get(i);
            ColumnType type = i < COLUMNS.size() ? COLUMNS.get(i).type() : ColumnType.STRING;
            if (type != ColumnType.STRING && value instanceof Double d) {
                cells[i] = d.isNaN() || d.isInfinite() ? d.toString() : PlainDecimal.of(d);
            } else if (type != ColumnType.STRING && value instanceof Number n) {
                cells[i] = n.toString();
            } else {
                cells[i] = FormulaGuard.cell(String.valueOf(value));
            }
        }
        return cells;
    }
}
