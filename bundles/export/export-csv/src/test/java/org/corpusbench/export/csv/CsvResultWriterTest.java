package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

    @Test
    void writesBomProvenanceCommentsHeaderAndQuotedRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvResultWriter().write(result(), out);
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> comments = text.lines().filter(l -> l.startsWith("#")).toList();
        assertEquals(List.of("# corpus: seeds", "# analysis: frequency", "# parameters: min_count=1; selection=all",
                "# segmenter: jieba-analysis", "# bundles: org.corpusbench.analysis.frequency=0.1.0",
                "# time: 2026-11-24T01:00:00Z"), comments);

        String csv = text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        List<String[]> rows = new CSVReader(new StringReader(csv)).readAll();
        assertArrayEquals(new String[] {"rank", "word", "count", "per_million"}, rows.get(0));
        assertArrayEquals(new String[] {"1", "聊城", "3", "375000"}, rows.get(1));
        assertArrayEquals(new String[] {"2", "\"引号\",逗号\n换行", "1", "0.0001"}, rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void neutralisesFormulasInTextButKeepsNumbersNumbers() throws Exception {
        List<Column> columns = List.of(new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
                new Column("score", ColumnType.DECIMAL));
        Stream<List<Object>> rows = Stream.of(List.of("=HYPERLINK(\"http://x\",\"click\")", -3L, -3.0),
                List.of("-3", 4L, -0.25), List.of("+cmd", 0L, 1.5), List.of("@SUM(A1)", 1L, 2.0), List.of("聊城", 2L, 3.0));
        Provenance provenance = new Provenance("seeds", "frequency", Map.of("selection", "source=a,=1+1"),
                "jieba", Map.of(), Instant.parse("2026-11-24T01:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvResultWriter().write(new AnalysisResult(provenance, new ResultTable(columns, rows)), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);

        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"-3\",\"-3\"\n"), text);
        assertTrue(text.contains("# parameters: selection=source=a,'=1+1\r\n"), text);
        String csv = text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        List<String[]> read = new CSVReader(new StringReader(csv)).readAll();
        assertArrayEquals(new String[] {"'-3", "4", "-0.25"}, read.get(2));
        assertArrayEquals(new String[] {"'+cmd", "0", "1.5"}, read.get(3));
        assertArrayEquals(new String[] {"'@SUM(A1)", "1", "2"}, read.get(4));
        assertArrayEquals(new String[] {"聊城", "2", "3"}, read.get(5));
    }

    static AnalysisResult result() {
        List<Column> columns = List.of(new Column("rank", ColumnType.INTEGER), new Column("word", ColumnType.STRING),
                new Column("count", ColumnType.INTEGER), new Column("per_million", ColumnType.DECIMAL));
        Stream<List<Object>> rows = Stream.of(List.of(1L, "聊城", 3L, 375000.0), List.of(2L, "\"引号\",逗号\n换行", 1L, 0.0001));
        Provenance provenance = new Provenance("seeds", "frequency", Map.of("selection", "all", "min_count", "1"),
                "jieba-analysis", Map.of("org.corpusbench.analysis.frequency", "0.1.0"), Instant.parse("2026-11-24T01:00:00Z"));
        return new AnalysisResult(provenance, new ResultTable(columns, rows));
    }
}
