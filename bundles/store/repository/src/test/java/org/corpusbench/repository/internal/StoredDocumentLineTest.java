package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredDocumentLineTest {
    /** Configured as CorpusStore's mapper. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void writesTheBytesTheMapperWritesForAnyDocument() throws Exception {
        String alphabet = "本报讯（记者 赵宗锋）\n\"\\/\t\u0001\u007F\u2028𠀀é ab12。";
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                metadata.put(text(random, alphabet, 8), text(random, alphabet, 30));
            }
            int[] offsets = random.ints(random.nextInt(6) * 2, 0, 100_000).toArray();
            StoredDocument document = new StoredDocument(text(random, alphabet, 12), text(random, alphabet, 12), metadata,
                    random.nextBoolean() ? null : text(random, alphabet, 300), text(random, alphabet, 300), offsets);

            assertEquals(new String(json.writeValueAsBytes(document), StandardCharsets.UTF_8),
                    new String(StoredDocumentLine.of(json, document), StandardCharsets.UTF_8), "round " + round);
        }
    }

    private static String text(Random random, String alphabet, int longest) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(longest + 1); n > 0; n--) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }
}
