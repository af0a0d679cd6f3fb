package org.corpusbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

    @Test
    void decodesEachSegmentAfterSplittingSoSlashesStayInIds() {
        assertEquals(List.of("corpora", "语料", "documents", "2024/a b.txt"),
                ApiRequest.parse("/corpora/%E8%AF%AD%E6%96%99/documents/2024%2Fa%20b.txt/", null).segments());
        assertEquals(List.of(), ApiRequest.parse("/", null).segments());
    }

    @Test
    void readsTheQueryStrictly() {
        ApiRequest request = ApiRequest.parse("", "filename=%E7%AC%AC%E4%B8%80.txt&q=a+b&flag&offset=12");
        assertEquals(Map.of("filename", "第一.txt", "q", "a b", "flag", "", "offset", "12"), request.parameters());
        assertEquals(12, request.number("offset", 0));
        assertEquals(7, request.number("limit", 7));
    }

    @Test
    void refusesWhatCannotBeReadNamingIt() {
        assertEquals("The path segment holds a control character",
                assertThrows(CorpusException.class, () -> ApiRequest.parse("/a%0Ab", null)).getMessage());
        assertEquals("The parameter 'x' has a bad percent escape",
                assertThrows(CorpusException.class, () -> ApiRequest.parse("", "x=%G1")).getMessage());
        assertEquals("The parameter 'x' has a bad percent escape",
                assertThrows(CorpusException.class, () -> ApiRequest.parse("", "x=%4")).getMessage());
        assertEquals("The parameter 'x' is not percent-encoded UTF-8",
                assertThrows(CorpusException.class, () -> ApiRequest.parse("", "x=%C3%28")).getMessage());
        assertEquals("Parameter 'x' is given more than once",
                assertThrows(CorpusException.class, () -> ApiRequest.parse("", "x=1&x=2")).getMessage());
        for (String notAnAsciiNumber : List.of("%EF%BC%91%EF%BC%92", "%D9%A1", "-1", "1e3", "+1", "9999999999")) {
            ApiRequest request = ApiRequest.parse("", "n=" + notAnAsciiNumber);
            assertThrows(CorpusException.class, () -> request.number("n", 0), notAnAsciiNumber);
        }
    }
}
