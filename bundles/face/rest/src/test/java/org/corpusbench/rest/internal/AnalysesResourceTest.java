package org.corpusbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.export.Exporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalysesResourceTest {
    private static final AnalysisDescriptor FREQUENCY = new AnalysisDescriptor("frequency", "Frequency", "Counts tokens.",
            List.of(new ParameterSpec("min", ParameterType.INTEGER, "1", "least count").between(1, 1000),
                    new ParameterSpec("unit", ParameterType.STRING, "word", "what to count").oneOf("word", "character"),
                    new ParameterSpec("selection", ParameterType.DOCUMENT_SELECTION, null, "which documents")),
            "org.corpusbench.analysis.frequency", "0.1.0");

    private final AnalysisService service = mock(AnalysisService.class);
    private final AtomicBoolean closed = new AtomicBoolean();
    private AnalysesResource resource;

    @BeforeEach
    void setUp() {
        when(service.analyses()).thenReturn(List.of(FREQUENCY));
        when(service.analysis("frequency")).thenReturn(Optional.of(FREQUENCY));
        when(service.analysis("nothing")).thenReturn(Optional.empty());
        resource = new AnalysesResource(service, new WorkGate(1, 0));
    }

    @Test
    void describesEachParameterForAForm() {
        Wire.Analysis frequency = resource.analyses().get(0);
        assertEquals("frequency", frequency.name());
        assertEquals("Frequency", frequency.title());
        Wire.Parameter min = frequency.parameters().get(0);
        assertEquals("integer", min.type());
        assertEquals("1", min.defaultValue());
        assertEquals(1.0, min.min());
        assertEquals(1000.0, min.max());
        assertEquals(List.of("word", "character"), frequency.parameters().get(1).choices());
        Wire.Parameter selection = frequency.parameters().get(2);
        assertEquals("document_selection", selection.type());
        assertTrue(selection.required());
        assertNull(selection.defaultValue());
        assertEquals(frequency, resource.analysis("frequency"));
        assertThrows(NotFoundException.class, () -> resource.analysis("nothing"));
    }

    @Test
    void runsAndAnswersOnePageWithTheTotalAndClosesTheResult() {
        when(service.run(eq("frequency"), eq("news"), any(), any())).thenReturn(result(25));
        Wire.TablePage page = resource.run("frequency", "news", "20", "10", query("corpus", "news", "offset", "20", "limit",
                "10", "min", "2", "selection", "date>=2023-03-01"));
        verify(service).run(eq("frequency"), eq("news"), eq(Map.of("min", "2", "selection", "date>=2023-03-01")), any());
        assertEquals(25, page.total());
        assertEquals(5, page.rows().size());
        assertEquals(List.of("w20", 20L), page.rows().get(0));
        assertEquals(List.of(new Wire.Column("word", "string"), new Wire.Column("count", "integer")), page.columns());
        assertEquals(Map.of("min", "2", "selection", "date>=2023-03-01"), page.parameters());
        assertTrue(closed.get());
    }

    @Test
    void refusesARunWithoutCorpusOrWithARepeatedParameterBeforeRunning() {
        CorpusException noCorpus = assertThrows(CorpusException.class,
                () -> resource.run("frequency", null, "0", "10", query()));
        assertTrue(noCorpus.getMessage().contains("corpus"));
        MultivaluedMap<String, String> twice = new MultivaluedHashMap<>();
        twice.put("min", List.of("1", "2"));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getQueryParameters()).thenReturn(twice);
        CorpusException repeated = assertThrows(CorpusException.class, () -> resource.run("frequency", "news", "0", "10", uri));
        assertTrue(repeated.getMessage().contains("'min'"));
        assertThrows(CorpusException.class, () -> resource.run("frequency", "news", "0", "10001", query()));
        verify(service, never()).run(any(), any(), any(), any());
    }

    @Test
    void aRunBeyondTheWorkGateIsTurnedAwayWith503AndRetryAfter() throws InterruptedException {
        WorkGate full = new WorkGate(1, 0);
        try (WorkGate.Permit held = full.enter().orElseThrow()) {
            AnalysesResource busy = new AnalysesResource(service, full);
            ServiceUnavailableException refused = assertThrows(ServiceUnavailableException.class,
                    () -> busy.run("frequency", "news", "0", "10", query("corpus", "news")));
            Response answer = new HttpErrors().toResponse(refused);
            assertEquals(503, answer.getStatus());
            assertEquals("5", answer.getHeaderString("Retry-After"));
            assertTrue(((Wire.Error) answer.getEntity()).error().contains("busy"));
        }
        verify(service, never()).run(any(), any(), any(), any());
        when(service.run(eq("frequency"), eq("news"), any(), any())).thenReturn(result(1));
        assertEquals(1, new AnalysesResource(service, full).run("frequency", "news", "0", "10", query()).total());
    }

    @Test
    void exportsTheWholeTableInTheChosenFormatAsANamedDownloadHoldingTheGateUntilWritten() throws Exception {
        Exporter lines = new LineExporter();
        WorkGate gate = new WorkGate(1, 0);
        AnalysesResource exporting = new AnalysesResource(service, gate);
        exporting.exporters = List.of(lines);
        when(service.run(eq("frequency"), eq("新闻"), any(), any())).thenReturn(result(3));

        Response answer = exporting.export("frequency", "新闻", "lines", query("corpus", "新闻", "format", "lines", "min", "2"));

        verify(service).run(eq("frequency"), eq("新闻"), eq(Map.of("min", "2")), any());
        assertEquals(javax.ws.rs.core.MediaType.valueOf("text/plain; charset=UTF-8"), answer.getMediaType());
        assertEquals("attachment; filename=\"__-frequency.txt\"; filename*=UTF-8''%E6%96%B0%E9%97%BB-frequency.txt",
                answer.getHeaderString("Content-Disposition"));
        assertTrue(gate.enter().isEmpty(), "the gate is held until the table is written");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ((javax.ws.rs.core.StreamingOutput) answer.getEntity()).write(out);
        assertEquals("[w0, 0]\n[w1, 1]\n[w2, 2]\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(closed.get());
        try (WorkGate.Permit again = gate.enter().orElseThrow(() -> new AssertionError("the gate is free once the table is written"))) {
            // entered: writing the table gave the permit back
        }
        CorpusException unknown = assertThrows(CorpusException.class,
                () -> exporting.export("frequency", "新闻", "xlsx", query("corpus", "新闻")));
        assertTrue(unknown.getMessage().contains("lines"), unknown.getMessage());
    }

    private AnalysisResult result(int rows) {
        List<List<Object>> all = new ArrayList<>();
        IntStream.range(0, rows).forEach(i -> all.add(List.of("w" + i, (long) i)));
        ResultTable table = new ResultTable(List.of(new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER)),
                all.stream().onClose(() -> closed.set(true)));
        return new AnalysisResult(new Provenance("news", "frequency", Map.of(), "jieba", Map.of(), Instant.EPOCH), table);
    }

    private static UriInfo query(String... namesAndValues) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        UriInfo uri = mock(UriInfo.class);
        when(uri.getQueryParameters()).thenReturn(parameters);
        return uri;
    }
}
