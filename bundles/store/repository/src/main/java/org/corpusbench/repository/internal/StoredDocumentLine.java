package org.corpusbench.repository.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link StoredDocument} as its JSON line through the mapper's own generator, field by
 * field in the record's order, so the bytes are those {@code ObjectMapper.writeValueAsBytes} gives
 * (StoredDocumentLineTest compares them) without its bean serializer, whose reflective access and
 * set-up per document were half the cost of encoding a document on the preparing threads.
 */
final class StoredDocumentLine {
    private StoredDocumentLine() {
    }

    static byte[] of(ObjectMapper json, StoredDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 3 * (document.cleaned().length()
                + (document.original() == null ? 0 : document.original().length())));
        try (JsonGenerator out = json.createGenerator(bytes, JsonEncoding.UTF8)) { // with the mapper's generator settings
            out.writeStartObject();
            out.writeStringField("id", document.id());
            out.writeStringField("sourceId", document.sourceId());
            out.writeFieldName("metadata");
            out.writeStartObject();
            for (Map.Entry<String, String> entry : document.metadata().entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
            out.writeEndObject();
            out.writeStringField("original", document.original());
            out.writeStringField("cleaned", document.cleaned());
            out.writeFieldName("offsets");
            out.writeArray(document.offsets(), 0, document.offsets().length);
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
