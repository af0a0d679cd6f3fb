package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;

/** Tables longer than several hand-over batches: every row, in order, each cell as written alone (whichever thread formatted it). */
class CsvManyRowsTest {
    private static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("word", ColumnType.STRING), new Column("share", ColumnType.DECIMAL));

    @Property(tries = 20)
    void everyRowInOrder(@ForAll @IntRange(min = 0, max = 5 * RowHandOff.BATCH) int count, @ForAll long seed) throws Exception {
        java.util.Random random = new java.util.Random(seed);
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            rows.add(List.of(i, "词" + random.nextInt(1000), random.nextDouble() * Math.pow(10, random.nextInt(12) - 6)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvResultWriter().write(new AnalysisResult(new Provenance("c", "a", Map.of(), "s", Map.of(), Instant.EPOCH),
                new ResultTable(COLUMNS, rows.stream())), out);

        String csv = out.toString(StandardCharsets.UTF_8).substring(1).lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        List<String[]> read = new CSVReader(new StringReader(csv)).readAll();
        assertEquals(count + 1, read.size());
        for (int i = 0; i < count; i++) {
            List<Object> row = rows.get(i);
            assertArrayEquals(new String[] {row.get(0).toString(), (String) row.get(1), PlainDecimal.of((Double) row.get(2))},
                    read.get(i + 1), "row " + i);
        }
    }
}
