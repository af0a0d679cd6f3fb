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
import java.util.Set;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusImporter;
import org.corpusbench.api.LoadOptions;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Document;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Subcorpora;
import org.corpusbench.api.Subcorpus;
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
    private final Subcorpora subcorpora = mock(Subcorpora.class);
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
    private final ApiDispatcher api;
    private Set<String> userRoles = Set.of("corpus-admin");
    private final Map<String, String> headers = new java.util.HashMap<>();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private final Path uploads = Files.createTempDirectory("uploads");
    private final Path spool = Files.createTempDirectory("spool");

    CorpusApiTest() throws IOException {
        JsonResponses json = new JsonResponses();
        SegmentResource segment = new SegmentResource(() -> Map.of("chars", text -> List.of(new org.corpusbench.api.Token(text, 0,
                text.codePointCount(0, text.length()), org.corpusbench.api.TokenType.CHINESE_WORD))), spool, json);
        api = new ApiDispatcher(new CorpusApi(repository, analyses, subcorpora, () -> List.of(text), List::of,
                new CorpusApi.Uploads(importer, uploads, 100), segment, json),
                Map.of(Route.Role.READER, Set.of("corpus-reader", "corpus-admin"), Route.Role.ADMIN, Set.of("corpus-admin")),
                new WorkGate(1, 0), json);
        when(request.getContextPath()).thenReturn("");
        when(request.getScheme()).thenReturn("http");
        when(request.getHeader(org.mockito.ArgumentMatchers.anyString())).thenAnswer(call -> headers.get(call.getArgument(0)));
        when(request.getContentType()).thenAnswer(call -> headers.get("Content-Type"));
        headers.put("Host", "localhost:8181");
        headers.put("X-Requested-By", "test");
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
        call("GET", "/corpora/%E8%AF%AD%E6%96%99/analyses/frequency", "format=txt&min_count=2");

        verify(response).setContentType("text/plain; charset=UTF-8");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"__-frequency.txt\"; filename*=UTF-8''%E8%AF%AD%E6%96%99-frequency.txt");
        assertEquals("[聊城]", body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesDocumentsAndShowsOneById() throws Exception {
        when(repository.require("t")).thenReturn(TestCorpus.of("t", "聊城 日报", "新闻", "第三"));
        JsonNode page = get("/corpora/t/documents", Map.of("offset", new String[] {"1"}, "limit", new String[] {"5"}));
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
        call("DELETE", "/corpora/t", null);
        verify(response).setStatus(204);

        when(repository.require("u")).thenReturn(TestCorpus.of("u", "甲"));
        call("POST", "/corpora/t/rename", "to=u");
        verify(repository).rename("t", "u");
        assertEquals("u", new ObjectMapper().readTree(body.toByteArray()).at("/info/name").asText());
    }

    @Test
    void savesListsAndDeletesNamedSubcorporaWithTheirRoles() throws Exception {
        when(subcorpora.create("t", "三月", "date>=2023-03-01 & date<2023-04-01"))
                .thenReturn(new Subcorpus("三月", "date>=2023-03-01 & date<2023-04-01", 3, 1200));
        call("PUT", "/corpora/t/subcorpora/%E4%B8%89%E6%9C%88", "selection=" + java.net.URLEncoder.encode(
                "date>=2023-03-01 & date<2023-04-01", StandardCharsets.UTF_8));
        verify(response).setStatus(200);
        JsonNode saved = new ObjectMapper().readTree(body.toByteArray());
        assertEquals(3, saved.get("documents").asInt());
        assertEquals(1200, saved.get("tokens").asInt());

        body.reset();
        when(subcorpora.delete("t", "三月")).thenReturn(true);
        call("DELETE", "/corpora/t/subcorpora/%E4%B8%89%E6%9C%88", null);
        verify(response).setStatus(204);

        body.reset();
        call("DELETE", "/corpora/t/subcorpora/none", null);
        verify(response).setStatus(404);

        body.reset();
        userRoles = Set.of("corpus-reader");
        call("PUT", "/corpora/t/subcorpora/x", "selection=all");
        verify(response).setStatus(403);
        verify(subcorpora, org.mockito.Mockito.never()).create("t", "x", "all");
    }

    @Test
    void aSubcorpusWithoutASelectionIs400() throws Exception {
        JsonNode json = readAfter("PUT", "/corpora/t/subcorpora/x", null);
        verify(response).setStatus(400);
        assertTrue(json.get("error").asText().contains("?selection="));
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

        JsonNode created = post("/corpora/%E6%96%B0", Map.of("filename", "第一版.txt", "encoding", "GBK"), "聊城日报");

        verify(response).setStatus(201);
        assertEquals("新", created.at("/info/name").asText());
        assertEquals(List.of("第一版.txt:聊城日报"), received);
        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(0, left.count(), "the upload is removed");
        }
    }

    @Test
    void anUploadPassesItsCleanParametersAsTheLoadsCleaningSettings() throws Exception {
        when(repository.get("繁")).thenReturn(Optional.empty());
        when(repository.require("繁")).thenReturn(TestCorpus.of("繁", "聊城"));

        post("/corpora/%E7%B9%81", Map.of("filename", "p.txt", "clean.fold.traditional", "true", "clean.rejoin-lines.enabled", "false"),
                "記者");

        verify(importer).importPath(org.mockito.ArgumentMatchers.eq("繁"), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.eq(LoadOptions.DEFAULTS.withCleaning(Map.of("fold.traditional", "true",
                        "rejoin-lines.enabled", "false"))), org.mockito.ArgumentMatchers.any());
        verify(response).setStatus(201);
    }

    @Test
    void recleaningReusesTheRecordedSettingsUnlessCleanParametersAreGiven() throws Exception {
        when(repository.require("t")).thenReturn(TestCorpus.of("t", "聊城"));

        call("POST", "/corpora/t/reclean", null);
        call("POST", "/corpora/t/reclean", "clean.fold.traditional=false");

        verify(importer).reclean(org.mockito.ArgumentMatchers.eq("t"), org.mockito.ArgumentMatchers.isNull(), org.mockito.ArgumentMatchers.any());
        verify(importer).reclean(org.mockito.ArgumentMatchers.eq("t"), org.mockito.ArgumentMatchers.eq(Map.of("fold.traditional", "false")),
                org.mockito.ArgumentMatchers.any());
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
        JsonNode pieces = post("/segment", Map.of("segmenter", "chars"), tenMegabytes).get("tokens");
        int expected = (3_600_000 + TextChunks.LIMIT - 1) / TextChunks.LIMIT;
        assertEquals(expected, pieces.size(), "segmented in pieces of at most TextChunks.LIMIT characters");
        for (int i = 1; i < pieces.size(); i++) {
            assertEquals(pieces.get(i - 1).get("end").asLong(), pieces.get(i).get("start").asLong(), "offsets run on");
        }
        assertEquals(3_600_000, pieces.get(expected - 1).get("end").asInt());
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
    void aReaderReadsButChangesNothing() throws Exception {
        userRoles = Set.of("corpus-reader");
        when(repository.require("t")).thenReturn(TestCorpus.of("t", "聊城 日报"));
        assertEquals("t", get("/corpora/t", Map.of()).at("/info/name").asText());
        body.reset();
        assertEquals("This needs the role corpus-admin", post("/corpora/t/rename", Map.of("to", "u"), "").get("error").asText());
        verify(response).setStatus(403);
        call("DELETE", "/corpora/t", null);
        verify(repository, org.mockito.Mockito.never()).remove("t");
        verify(repository, org.mockito.Mockito.never()).rename("t", "u");
    }

    @Test
    void aUserWithoutACorpusRoleIsRefusedEverything() throws Exception {
        userRoles = Set.of("viewer", "ssh");
        assertEquals("This needs the role corpus-reader or corpus-admin", get("/corpora", Map.of()).get("error").asText()
                .replace("corpus-admin or corpus-reader", "corpus-reader or corpus-admin"));
        verify(response).setStatus(403);
    }

    @Test
    void crossSiteChangesAreRefused() throws Exception {
        when(repository.require("u")).thenReturn(TestCorpus.of("u", "甲"));
        headers.put("Origin", "http://evil.example");
        assertTrue(post("/corpora/t/rename", Map.of("to", "u"), "").get("error").asText().startsWith("Cross-origin request refused"));
        headers.remove("Origin");
        headers.remove("X-Requested-By");
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        body.reset();
        assertTrue(post("/corpora/t/rename", Map.of("to", "u"), "").get("error").asText().startsWith("A POST needs the header"));
        verify(repository, org.mockito.Mockito.never()).rename("t", "u");
        headers.put("Content-Type", "application/octet-stream");
        body.reset();
        post("/corpora/t/rename", Map.of("to", "u"), "");
        verify(repository).rename("t", "u");
    }

    @Test
    void anUploadSentAsAFormIsReadAsTheRawBody() throws Exception {
        when(repository.get("x")).thenReturn(Optional.empty());
        when(repository.require("x")).thenReturn(TestCorpus.of("x", "甲"));
        List<String> received = new java.util.ArrayList<>();
        when(importer.importPath(org.mockito.ArgumentMatchers.eq("x"), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
                    received.add(Files.readString(call.<Path>getArgument(1)));
                    return null;
                });
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        post("/corpora/x", Map.of("filename", "a.txt"), "a=b&聊城=日报");
        verify(response).setStatus(201);
        assertEquals(List.of("a=b&聊城=日报"), received);
        verify(request, org.mockito.Mockito.never()).getParameter(org.mockito.ArgumentMatchers.anyString());
        verify(request, org.mockito.Mockito.never()).getParameterMap();
    }

    @Test
    void aDocumentIdWithASlashIsAddressedPercentEncoded() throws Exception {
        CorpusView corpus = mock(CorpusView.class);
        when(repository.require("z")).thenReturn(corpus);
        when(corpus.documentIndex("2024/a.txt")).thenReturn(0);
        when(corpus.document(0)).thenReturn(new Document("2024/a.txt", "s", Map.of(), "甲", "甲"));
        assertEquals("2024/a.txt", get("/corpora/z/documents/2024%2Fa.txt", Map.of()).get("id").asText());
    }

    @Test
    void hostileInputIsA400NamingTheProblem() throws Exception {
        assertEquals("The path segment holds a control character", get("/corpora/%00", Map.of()).get("error").asText());
        body.reset();
        assertEquals("Parameter 'offset' must be a whole number in ASCII digits, not '１２'",
                get("/corpora/t/documents", Map.of("offset", new String[] {"%EF%BC%91%EF%BC%92"})).get("error").asText());
        body.reset();
        assertEquals("The parameter 'selection' holds a control character",
                get("/corpora/t/analyses/frequency", Map.of("selection", new String[] {"%00"})).get("error").asText());
        body.reset();
        assertEquals("The path segment is not percent-encoded UTF-8", get("/corpora/%FF", Map.of()).get("error").asText());
        verify(response, org.mockito.Mockito.times(4)).setStatus(400);
    }

    @Test
    void heavyWorkBeyondTheGateIs503WithRetryAfter() throws Exception {
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        when(analyses.run(org.mockito.ArgumentMatchers.eq("frequency"), org.mockito.ArgumentMatchers.eq("t"),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
                    running.countDown();
                    assertTrue(release.await(60, java.util.concurrent.TimeUnit.SECONDS));
                    throw new NotFoundException("corpus", "t");
                });
        javax.servlet.ServletOutputStream sink = response.getOutputStream();
        Thread first = new Thread(() -> {
            try {
                HttpServletRequest other = mock(HttpServletRequest.class);
                when(other.getMethod()).thenReturn("GET");
                when(other.getContextPath()).thenReturn("");
                when(other.getRequestURI()).thenReturn("/corpus/api/corpora/t/analyses/frequency");
                when(other.getQueryString()).thenReturn("format=txt");
                HttpServletResponse otherResponse = mock(HttpServletResponse.class);
                when(otherResponse.getOutputStream()).thenReturn(sink);
                api.dispatch(userRoles, other, otherResponse);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        first.start();
        assertTrue(running.await(60, java.util.concurrent.TimeUnit.SECONDS), "the first request runs");
        get("/corpora/t/analyses/frequency", Map.of("format", new String[] {"txt"}));
        release.countDown();
        first.join();
        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "5");
    }

    @Test
    void theIndexListsEveryRouteWithItsRole() throws Exception {
        JsonNode index = get("/", Map.of());
        assertTrue(index.size() >= 15);
        for (JsonNode route : index) {
            assertTrue(Set.of("reader", "admin").contains(route.get("role").asText()), route.toString());
        }
        assertEquals("admin", java.util.stream.StreamSupport.stream(index.spliterator(), false)
                .filter(route -> route.get("method").asText().equals("DELETE")).findFirst().orElseThrow().get("role").asText());
    }

    private JsonNode post(String path, Map<String, String> parameters, String content) throws Exception {
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
        call("POST", path, query(parameters));
        return new ObjectMapper().readTree(body.toByteArray());
    }

    private JsonNode readAfter(String method, String path, String query) throws IOException {
        call(method, path, query);
        return new ObjectMapper().readTree(body.toByteArray());
    }

    private void call(String method, String path, String query) throws IOException {
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn("/corpus/api" + path);
        when(request.getQueryString()).thenReturn(query);
        api.dispatch(userRoles, request, response);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private JsonNode get(String path, Map<String, String[]> parameters) throws Exception {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(values[0]));
        call("GET", path, query.toString());
        return new ObjectMapper().readTree(body.toByteArray());
    }
}
