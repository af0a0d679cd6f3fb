package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

class ControlCharacterCheckTest {
    @Test
    void findsAControlCharacterInThePathOrAParametersNameOrValue() {
        assertNull(ControlCharacterCheck.problem(request(List.of("corpora", "新闻"), "query", "\"经济\" []{0,2}")));
        assertEquals("The path holds a control character",
                ControlCharacterCheck.problem(request(List.of("corpora", "se\u0000eds"), "limit", "1")));
        assertEquals("A query parameter's name holds a control character",
                ControlCharacterCheck.problem(request(List.of("corpora"), "\u0000", "1")));
        assertEquals("Parameter 'to' holds a control character",
                ControlCharacterCheck.problem(request(List.of("corpora", "a", "rename"), "to", "x\r\nSet-Cookie: a=b")));
        assertEquals("Parameter 'query' holds a control character",
                ControlCharacterCheck.problem(request(List.of("concordance"), "query", "\"经济\"\u007F")));
    }

    private static ContainerRequestContext request(List<String> path, String name, String value) {
        List<PathSegment> segments = path.stream().map(ControlCharacterCheckTest::segment).collect(Collectors.toList());
        UriInfo uri = mock(UriInfo.class);
        when(uri.getPathSegments(true)).thenReturn(segments);
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add(name, value);
        when(uri.getQueryParameters(true)).thenReturn(parameters);
        when(uri.getRequestUri()).thenReturn(URI.create("http://localhost/"));
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getUriInfo()).thenReturn(uri);
        return request;
    }

    private static PathSegment segment(String text) {
        PathSegment segment = mock(PathSegment.class);
        when(segment.getPath()).thenReturn(text);
        return segment;
    }
}
