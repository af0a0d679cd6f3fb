package org.corpusbench.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReusingCsvWriterTest {
    @Test
    void writesWhatOpenCsvWritesLineAfterLine() {
        List<String[]> rows = List.of(new String[] {"1", "发展", "0.25"}, new String[] {"2", "say \"hi\"", "a,b"},
                new String[] {"3", "", null}, new String[] {"4", "line\nbreak", "聊城" + "x".repeat(2000)}, new String[] {"5"});
        StringWriter expected = new StringWriter();
        StringWriter actual = new StringWriter();
        try (CSVWriter plain = new CSVWriter(expected); CSVWriter reusing = new LineReusingCsvWriter(actual)) {
            for (String[] row : rows) {
                plain.writeNext(row);
                reusing.writeNext(row);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(expected.toString(), actual.toString());
    }
}
