package org.corpusbench.web.errors.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyTest {

    private static String json(int status, String message) {
        return new String(ErrorBody.json(status, message), StandardCharsets.UTF_8);
    }

    @Test
    void theShapeOfTheRestApi() {
        assertEquals("{\"status\":404,\"error\":\"Not Found\"}", json(404, null));
        assertEquals("{\"status\":414,\"error\":\"URI Too Long\"}", json(414, null));
        assertEquals("{\"status\":431,\"error\":\"Request Header Fields Too Large\"}", json(431, null));
    }

    @Test
    void jettysPhrasesForClientErrorsAreKept() {
        assertEquals("{\"status\":400,\"error\":\"Bad HostPort\"}", json(400, "Bad HostPort"));
        assertEquals("Ambiguous path parameters", ErrorBody.reason(400, "Ambiguous path parameters"));
        assertEquals("Transfer-Encoding and Content-Length", ErrorBody.reason(400, "Transfer-Encoding and Content-Length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opt/karaf/data/corpora/x not found", "C:\\karaf\\etc", "Illegal character VCHAR='('",
        "file:/etc/passwd", "../../etc", "say \"hi\"", "line\nbreak", "", " leading space",
        "a very long message that goes on and on and on and on and on and on and on and on and on"})
    void anythingButPlainWordsGivesTheStandardPhrase(String message) {
        assertEquals("Not Found", ErrorBody.reason(404, message));
    }

    @Test
    void serverErrorsNeverShowTheirMessage() {
        assertEquals("Internal Server Error", ErrorBody.reason(500, "NullPointerException"));
        assertEquals("Service Unavailable", ErrorBody.reason(503, "Unavailable"));
    }

    @Test
    void unknownCodesGetAClassPhrase() {
        assertEquals("Client Error", ErrorBody.reason(499, null));
        assertEquals("Server Error", ErrorBody.reason(599, null));
    }

    @Test
    void alwaysValidJsonWithNothingToEscape() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder message = new StringBuilder();
            int length = random.nextInt(20);
            for (int j = 0; j < length; j++) {
                message.append((char) random.nextInt(0x80));
            }
            int status = 400 + random.nextInt(200);
            assertTrue(json(status, message.toString()).matches("\\{\"status\":" + status + ",\"error\":\"[A-Za-z0-9 -]+\"}"),
                    message::toString);
        }
    }
}
