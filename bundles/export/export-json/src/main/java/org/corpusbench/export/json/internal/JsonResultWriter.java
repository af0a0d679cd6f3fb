package org.corpusbench.export.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.Provenance;

/**
 * Writes a result as one JSON object {@code {"provenance":{...},"columns":[{"name","type"}],"rows":[[...]]}}
 * in UTF-8, streaming each row as it comes so a long result never sits in memory.
 */
final class JsonResultWriter {
    /** Doubles in the fewest digits that read back the same, as the CSV exporter writes them (and 3x faster than Java 17's). */
    private final JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    void write(AnalysisResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the stream
            json.writeStartObject();
            writeProvenance(json, result.provenance());
            json.writeArrayFieldStart("columns");
            for (Column column : result.table().columns()) {
                json.writeStartObject();
                json.writeStringField("name", column.name());
                json.writeStringField("type", column.type().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            try {
                result.table().rows().forEachOrdered(row -> writeRow(json, row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeProvenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeStringField("corpus", provenance.corpus());
        json.writeStringField("analysis", provenance.analysis());
        writeMap(json, "parameters", provenance.parameters());
        json.writeStringField("segmenter", provenance.segmenter());
        writeMap(json, "bundles", provenance.bundles());
        json.writeStringField("time", provenance.time().toString());
        json.writeEndObject();
    }

    private static void writeMap(JsonGenerator json, String field, Map<String, String> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeRow(JsonGenerator json, List<Object> row) {
        try {
            json.writeStartArray();
            for (Object cell : row) {
                if (cell instanceof Long number) {
                    json.writeNumber(number);
                } else if (cell instanceof Double number) {
                    json.writeNumber(number);
                } else {
                    json.writeString(String.valueOf(cell));
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
