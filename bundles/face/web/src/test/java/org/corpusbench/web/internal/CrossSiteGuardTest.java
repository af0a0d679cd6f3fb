package org.corpusbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

class CrossSiteGuardTest {
    private final Map<String, String> headers = new HashMap<>(Map.of("Host", "localhost:8181"));

    private Optional<String> check(String contentType) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getScheme()).thenReturn("http");
        when(request.getMethod()).thenReturn("POST");
        when(request.getContentType()).thenReturn(contentType);
        when(request.getHeader(ArgumentMatchers.anyString())).thenAnswer(call -> headers.get(call.<String>getArgument(0)));
        return CrossSiteGuard.check(request);
    }

    @Test
    void aSimpleRequestNeedsTheMarkerHeader() {
        for (String simple : new String[] {null, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "TEXT/PLAIN;charset=UTF-8"}) {
            assertTrue(check(simple).orElseThrow().startsWith("A POST needs the header 'X-Requested-By"), String.valueOf(simple));
        }
        headers.put("X-Requested-By", "curl");
        assertEquals(Optional.empty(), check("application/x-www-form-urlencoded"));
    }

    @Test
    void aTypeNoFormCanSendPassesWithoutTheMarker() {
        assertEquals(Optional.empty(), check("application/octet-stream"));
        assertEquals(Optional.empty(), check("application/json"));
    }

    @Test
    void anotherOriginOrRefererIsRefusedEvenWithTheMarker() {
        headers.put("X-Requested-By", "x");
        headers.put("Origin", "http://evil.example");
        assertTrue(check("application/octet-stream").orElseThrow().startsWith("Cross-origin request refused"));
        headers.put("Origin", "null");
        assertTrue(check("application/octet-stream").isPresent());
        headers.put("Origin", "http://LOCALHOST:8181");
        assertEquals(Optional.empty(), check("application/octet-stream"));
        headers.put("Referer", "http://localhost:9999/page");
        assertTrue(check("application/octet-stream").isPresent());
        headers.put("Referer", "http://localhost:8181/system/console/corpus");
        assertEquals(Optional.empty(), check("application/octet-stream"));
    }

    @Test
    void theDefaultPortIsTheSameOrigin() {
        headers.put("Host", "example.org");
        headers.put("Origin", "http://example.org:80");
        assertEquals(Optional.empty(), check("application/octet-stream"));
    }
}
