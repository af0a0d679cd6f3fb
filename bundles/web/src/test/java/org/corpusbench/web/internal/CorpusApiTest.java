package org.corpusbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.LoadOptions;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.testing.TestCorpus;
import org.junit.jupiter.api.Test;

class CorpusApiTest {
    private final CorpusRepository repository = mock(CorpusRepository.class);
    private final AnalysisService analyses = mock(AnalysisService.class);
    private final Exporter text = new Exporter() {
        @Override
        public String format() {
            return "txt";
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=UTF-8";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(AnalysisResult result, OutputStream out) throws IOException {
            out.write(result.table().rows().map(Object::toString).reduce("", String::concat).getBytes(StandardCharsets.UTF_8));
        }
    };
    private final CorpusImporter importer = mock(CorpusImporter.class);
    private final CorpusApi api;
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private final Path uploads = Files.createTempDirectory("uploads");

    CorpusApiTest() throws IOException {
        api = new CorpusApi(repository, analyses, () -> List.of(text), List::of, new CorpusApi.Uploads(importer, uploads, 100),
                () -> Map.of("chars", text -> List.of(new org.corpusbench.api.Token(text, 0, text.codePointCount(0, text.length()),
                        org.corpusbench.api.TokenType.CHINESE_WORD))));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });
    }

    @Test
    void describesACorpusWithItsSources() throws Exception {
        when(repository.require("t")).thenReturn(TestCorpus.of("t", "聊城 日报"));

        JsonNode json = get("/corpora/t", Map.of());

        verify(response).setStatus(200);
        assertEquals("t", json.at("/info/name").asText());
        assertEquals(2, json.at("/info/tokens").asInt());
        assertEquals("1970-01-01T00:00:00Z", json.at("/info/created").asText());
        assertEquals("doc0", json.at("/sources/0/id").asText());
    }

    @Test
    void unknownThingsAre404AndBadParameters400WithAJsonError() throws Exception {
        when(repository.require("nope")).thenThrow(new NotFoundException("corpus", "nope"));

        assertEquals("Unknown corpus 'nope'", get("/corpora/nope", Map.of()).get("error").asText());
        verify(response).setStatus(404);
    }

    @Test
    void anUnknownFormatIs400AndNamesTheAvailableOnes() throws Exception {
        JsonNode json = get("/corpora/t/analyses/frequency", Map.of("format", new String[] {"xls"}));

        verify(response).setStatus(400);
        assertEquals("Unknown format 'xls'; available: txt", json.get("error").asText());
    }

    @Test
    void streamsAnExportWithTypeAndAChineseFileName() throws Exception {
        Provenance provenance = new Provenance("语料", "frequency", Map.of(), "s", Map.of(), Instant.EPOCH);
        when(analyses.run("frequency", "语料", Map.of("min_count", "2"), Progress.NONE)).thenReturn(new AnalysisResult(
                provenance, new ResultTable(List.of(new Column("word", ColumnType.STRING)), Stream.of(List.of("聊城")))));
        when(request.getMethod()).thenReturn("GET");
        when(request.getPathInfo()).thenReturn("/corpora/语料/analyses/frequency");
        when(request.getParameterMap()).thenReturn(Map.of("format", new String[] {"txt"}, "min_count", new String[] {"2"}));

        api.handle(request, response);

        verify(response).setContentType("text/plain; charset=UTF-8");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"__-frequency.txt\"; filename*=UTF-8''%E8%AF%AD%E6%96%99-frequency.txt");
        assertEquals("[聊城]", body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesDocumentsAndShowsOneById() throws Exception {
        when(repository.require("t")).thenReturn(TestCorpus.of("t", "聊城 日报", "新闻", "第三"));
        when(request.getParameter("offset")).thenReturn("1");
        when(request.getParameter("limit")).thenReturn("5");

        JsonNode page = get("/corpora/t/documents", Map.of());
        assertEquals(3, page.get("total").asInt());
        assertEquals(2, page.get("documents").size());
        assertEquals("doc1", page.at("/documents/0/id").asText());
        assertEquals(1, page.at("/documents/0/tokens").asInt());

        body.reset();
        assertEquals("聊城日报", get("/corpora/t/documents/doc0", Map.of()).get("cleanedText").asText());
        body.reset();
        assertEquals("Unknown document 'nope'", get("/corpora/t/documents/nope", Map.of()).get("error").asText());
    }

    @Test
    void deletesAndRenamesWithTheRightStatus() throws Exception {
        when(repository.remove("t")).thenReturn(true);
        when(request.getMethod()).thenReturn("DELETE");
        when(request.getPathInfo()).thenReturn("/corpora/t");
        api.handle(request, response);
        verify(response).setStatus(204);

        when(repository.require("u")).thenReturn(TestCorpus.of("u", "甲"));
        when(request.getMethod()).thenReturn("POST");
        when(request.getPathInfo()).thenReturn("/corpora/t/rename");
        when(request.getParameter("to")).thenReturn("u");
        api.handle(request, response);
        verify(repository).rename("t", "u");
        assertEquals("u", new ObjectMapper().readTree(body.toByteArray()).at("/info/name").asText());
    }

    @Test
    void createsACorpusFromAnUploadAndRemovesTheUpload() throws Exception {
        when(repository.get("新")).thenReturn(Optional.empty());
        when(repository.require("新")).thenReturn(TestCorpus.of("新", "聊城"));
        List<String> received = new java.util.ArrayList<>();
        when(importer.importPath(org.mockito.ArgumentMatchers.eq("新"), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.eq(LoadOptions.DEFAULTS.withEncoding("GBK").withTextColumn(null).withLoader(null)),
                org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> {
                    Path file = call.getArgument(1);
                    received.add(file.getFileName() + ":" + Files.readString(file));
                    return null;
                });

        JsonNode created = post("/corpora/新", Map.of("filename", "第一版.txt", "encoding", "GBK"), "聊城日报");

        verify(response).setStatus(201);
        assertEquals("新", created.at("/info/name").asText());
        assertEquals(List.of("第一版.txt:聊城日报"), received);
        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(0, left.count(), "the upload is removed");
        }
    }

    @Test
    void refusesUploadsThatAreTooLargeOrBadlyNamedAndKeepsNothing() throws Exception {
        when(repository.get("x")).thenReturn(Optional.empty());

        assertEquals("The body exceeds the limit of 100 bytes",
                post("/corpora/x", Map.of("filename", "big.txt"), "字".repeat(50)).get("error").asText());
        verify(response).setStatus(413);
        body.reset();
        assertTrue(post("/corpora/x", Map.of("filename", "../../etc/x.txt"), "x").get("error").asText()
                .startsWith("Give the file's name as ?filename="));
        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void segmentsAUtf8BodyIntoJsonTokensAndNamesWhatItCannotDo() throws Exception {
        JsonNode tokens = post("/segment", Map.of("segmenter", "chars"), "𠀀聊城");

        verify(response).setStatus(200);
        assertEquals("𠀀聊城", tokens.at("/tokens/0/text").asText());
        assertEquals(3, tokens.at("/tokens/0/end").asInt());
        assertEquals("CHINESE_WORD", tokens.at("/tokens/0/type").asText());
        body.reset();
        String tenMegabytes = "聊".repeat(3_600_000); // 10.8 MB of UTF-8
        assertEquals(3_600_000, post("/segment", Map.of("segmenter", "chars"), tenMegabytes).at("/tokens/0/end").asInt());
        body.reset();
        assertEquals("Unknown segmenter 'nope'", post("/segment", Map.of("segmenter", "nope"), "x").get("error").asText());
        body.reset();
        assertEquals("This segmenter offers only the accurate mode with HMM",
                post("/segment", Map.of("segmenter", "chars", "mode", "search"), "x").get("error").asText());
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        assertTrue(get("/nothing/here", Map.of()).get("error").asText().startsWith("No resource at"));
        verify(response).setStatus(404);
    }

    @Test
    void readsBasicCredentialsAndEscapesHtml() {
        assertEquals("admin", BasicAuthenticator.parse("Basic YWRtaW46czpl").orElseThrow()[0]);
        assertEquals("s:e", BasicAuthenticator.parse("basic YWRtaW46czpl").orElseThrow()[1]);
        assertEquals(Optional.empty(), BasicAuthenticator.parse("Bearer x"));
        assertEquals(Optional.empty(), BasicAuthenticator.parse("Basic !!!"));
        assertEquals(Optional.empty(), BasicAuthenticator.parse(null));
        assertEquals("&lt;b&gt; &amp; &#39;", CorpusConsolePlugin.html("<b> & '"));
    }

    private JsonNode post(String path, Map<String, String> parameters, String content) throws Exception {
        when(request.getMethod()).thenReturn("POST");
        when(request.getPathInfo()).thenReturn(path);
        parameters.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        when(request.getInputStream()).thenReturn(new javax.servlet.ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(javax.servlet.ReadListener listener) {
            }

            @Override
            public int read() {
                return in.read();
            }
        });
        api.handle(request, response);
        return new ObjectMapper().readTree(body.toByteArray());
    }

    private JsonNode get(String path, Map<String, String[]> parameters) throws Exception {
        when(request.getMethod()).thenReturn("GET");
        when(request.getPathInfo()).thenReturn(path);
        when(request.getParameterMap()).thenReturn(parameters);
        api.handle(request, response);
        return new ObjectMapper().readTree(body.toByteArray());
    }
}
