package org.corpusbench.export.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.junit.jupiter.api.Test;

class JsonResultWriterTest {

    @Test
    void writesProvenanceTypedColumnsAndRows() throws Exception {
        List<Column> columns = List.of(new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
                new Column("per_million", ColumnType.DECIMAL));
        Provenance provenance = new Provenance("seeds", "frequency", Map.of("selection", "all"), "jieba-analysis",
                Map.of("b", "1.0"), Instant.parse("2026-11-24T01:00:00Z"));
        AnalysisResult result = new AnalysisResult(provenance, new ResultTable(columns,
                Stream.of(List.of("聊城", 3L, 375000.0), List.of("𠀀\"", 1L, 0.5))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new JsonResultWriter().write(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());

        assertEquals("seeds", json.at("/provenance/corpus").asText());
        assertEquals("all", json.at("/provenance/parameters/selection").asText());
        assertEquals("2026-11-24T01:00:00Z", json.at("/provenance/time").asText());
        assertEquals("DECIMAL", json.at("/columns/2/type").asText());
        assertEquals("聊城", json.at("/rows/0/0").asText());
        assertEquals(3L, json.at("/rows/0/1").longValue());
        assertEquals(375000.0, json.at("/rows/0/2").doubleValue());
        assertEquals("𠀀\"", json.at("/rows/1/0").asText());
        assertEquals(2, json.get("rows").size());
        assertFalse(json.at("/rows/0/1").isTextual());
    }
}
