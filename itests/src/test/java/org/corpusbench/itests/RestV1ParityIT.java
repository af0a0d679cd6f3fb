package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Subcorpora;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every console command has its v1 endpoint, answering what the command shows: uploads as jobs,
 * renaming, token downloads, concordances, segmentation, the cleaning pipeline, documents by
 * selection and the kept runs of a document. Each refuses a request without login (401), an
 * admin endpoint refuses a reader (403), and bad input answers 400 naming it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestV1ParityIT extends WorkbenchTestSupport {
    static final String V1 = "/corpus/api/v1";
    static final ApiCalls.Login READER = new ApiCalls.Login("parityreader", "Reader-Parity-Larch-8841");
    /** Ports of this test's own, so it can run while another helper's IT holds the shared ones. */
    static final int PORT = 18381;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER.user(), READER.password() + ",corpus-reader"),
                ports(PORT, 18301, 11299, 44645));
    }

    private HttpResponse<byte[]> send(String method, String target, ApiCalls.Login login, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + V1 + target))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (login != null) {
            request.header("Authorization", login.header());
        }
        if (!method.equals("GET")) {
            request.header("X-Requested-By", "itest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String target, ApiCalls.Login login) throws IOException, InterruptedException {
        return send("GET", target, login, null);
    }

    private JsonNode body(HttpResponse<byte[]> response) throws IOException {
        return json.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private ApiCalls.Login admin() throws IOException {
        return new ApiCalls.Login("admin", adminPassword());
    }

    /** Asserts a 400 whose JSON error contains each of the words. */
    private void assertBadRequest(HttpResponse<byte[]> response, String... words) throws IOException {
        assertEquals(text(response), 400, response.statusCode());
        String error = body(response).get("error").asText();
        for (String word : words) {
            assertTrue(error + " should name " + word, error.contains(word));
        }
    }

    @Test
    public void everyNewRouteNeedsALoginAndAdminRoutesRefuseAReader() throws Exception {
        awaitV1();
        String[][] routes = {
            {"POST", "/corpora/parity-none?filename=a.txt"}, {"POST", "/corpora/seeds/rename?to=parity-x"},
            {"GET", "/corpora/seeds/tokens"}, {"GET", "/corpora/seeds/concordance?query=%22%E7%BB%8F%E6%B5%8E%22"},
            {"POST", "/segment"}, {"GET", "/segmenters"}, {"GET", "/cleaning"}, {"PUT", "/cleaning/rejoin-lines?enabled=false"},
            {"GET", "/corpora/seeds/documents?selection=0"},
        };
        for (String[] route : routes) {
            HttpResponse<byte[]> response = send(route[0], route[1], null, "经济".getBytes(StandardCharsets.UTF_8));
            assertEquals(route[0] + " " + route[1], 401, response.statusCode());
            assertEquals(401, body(response).get("status").asInt());
        }
        for (String[] route : new String[][] {routes[0], routes[1], routes[7]}) {
            HttpResponse<byte[]> response = send(route[0], route[1], READER, "经济".getBytes(StandardCharsets.UTF_8));
            assertEquals(route[0] + " " + route[1] + ": " + text(response), 403, response.statusCode());
        }
        assertFalse(repository().get("parity-none").isPresent());
        assertTrue(repository().get("seeds").isPresent());
    }

    @Test
    public void anUploadedZipLoadsAsAJobAndAFileAddsToIt() throws Exception {
        awaitV1();
        JsonNode created = followJob(send("POST", "/corpora/parity-up?filename=pages.zip&mode=create", admin(), twoSeedPages()));
        assertEquals(created.toString(), "succeeded", created.get("state").asText());
        assertEquals("corpora/parity-up", created.get("result").asText());
        CorpusView loaded = repository().require("parity-up");
        assertEquals(2, loaded.sources().size());
        JsonNode corpus = body(get("/" + created.get("result").asText(), READER));
        assertEquals(loaded.info().tokens(), corpus.get("tokens").asLong());

        JsonNode added = followJob(send("POST", "/corpora/parity-up?filename=more.txt&mode=add", admin(),
                "本报讯 经济发展稳中向好。".getBytes(StandardCharsets.UTF_8)));
        assertEquals(added.toString(), "succeeded", added.get("state").asText());
        assertEquals(3, repository().require("parity-up").sources().size());
        assertBadRequest(send("POST", "/corpora/parity-up?filename=more.txt&mode=replace", admin(), new byte[] {1}), "'mode'");
        assertBadRequest(send("POST", "/corpora/parity-up?filename=..%2Fmore.txt", admin(), new byte[] {1}), "../more.txt");
    }

    @Test
    public void anUploadThatCannotLoadEndsItsJobFailedWithTheReason() throws Exception {
        awaitSeeds();
        awaitV1();
        // a corpus that exists or does not is said at once, before the body is kept
        HttpResponse<byte[]> exists = send("POST", "/corpora/seeds?filename=page.txt&mode=create", admin(),
                "经济发展。".getBytes(StandardCharsets.UTF_8));
        assertEquals(text(exists), 409, exists.statusCode());
        assertTrue(text(exists), text(exists).contains("seeds"));
        HttpResponse<byte[]> unknown = send("POST", "/corpora/parity-nowhere?filename=page.txt&mode=add", admin(),
                "经济发展。".getBytes(StandardCharsets.UTF_8));
        assertEquals(text(unknown), 404, unknown.statusCode());
        assertTrue(text(unknown), text(unknown).contains("parity-nowhere"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
        }
        JsonNode undecodable = followJob(send("POST", "/corpora/parity-binary?filename=page.txt&mode=create", admin(), binary));
        assertEquals(undecodable.toString(), "failed", undecodable.get("state").asText());
        assertFalse(undecodable.get("error").asText().isBlank());
        assertFalse(repository().get("parity-binary").isPresent());
        assertFalse(repository().get("parity-nowhere").isPresent());
    }

    /** @return the job the accepted answer names, once it has finished */
    private JsonNode followJob(HttpResponse<byte[]> accepted) throws Exception {
        assertEquals(text(accepted), 202, accepted.statusCode());
        String id = body(accepted).get("id").asText();
        assertTrue(accepted.headers().firstValue("Location").orElse("").endsWith("jobs/" + id));
        JsonNode[] job = new JsonNode[1];
        await("job " + id + " to finish", () -> {
            try {
                job[0] = body(get("/jobs/" + id, admin()));
                return !Set.of("queued", "running").contains(job[0].get("state").asText());
            } catch (Exception e) {
                return false;
            }
        });
        return job[0];
    }

    /** A zip of the first two seed pages, as a user would pack them. */
    private static byte[] twoSeedPages() throws IOException {
        List<Path> pages;
        try (var files = Files.list(Path.of(System.getProperty("karaf.home"), "seeds"))) {
            pages = files.filter(file -> file.toString().endsWith(".txt")).sorted().limit(2).toList();
        }
        assertEquals(2, pages.size());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Path page : pages) {
                out.putNextEntry(new ZipEntry(page.getFileName().toString()));
                Files.copy(page, out);
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    @Test
    public void anAdminRenamesACorpusButNotOntoAnother() throws Exception {
        awaitSeeds();
        awaitV1();
        Path page = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "import", "parity")).resolve("page.txt");
        Files.writeString(page, "本报讯（记者 赵宗锋）颁奖典礼举行。");
        service(org.corpusbench.api.CorpusImporter.class).importPath("parity-old", page,
                org.corpusbench.api.LoadOptions.DEFAULTS, org.corpusbench.api.Progress.NONE);
        HttpResponse<byte[]> conflict = send("POST", "/corpora/parity-old/rename?to=seeds", admin(), null);
        assertEquals(text(conflict), 409, conflict.statusCode());
        assertTrue(text(conflict), body(conflict).get("error").asText().contains("seeds"));
        assertBadRequest(send("POST", "/corpora/parity-old/rename?to=" + encode("no spaces"), admin(), null), "no spaces");
        assertBadRequest(send("POST", "/corpora/parity-old/rename", admin(), null), "?to=");
        HttpResponse<byte[]> renamed = send("POST", "/corpora/parity-old/rename?to=parity-new", admin(), null);
        assertEquals(text(renamed), 200, renamed.statusCode());
        assertEquals("parity-new", body(renamed).get("name").asText());
        assertTrue(repository().get("parity-new").isPresent());
        assertFalse(repository().get("parity-old").isPresent());
        assertEquals(404, send("POST", "/corpora/parity-old/rename?to=parity-newer", admin(), null).statusCode());
    }

    @Test
    public void tokensDownloadAsTheConsoleWritesThem() throws Exception {
        awaitSeeds();
        awaitV1();
        for (String format : new String[] {"plain", "vertical"}) {
            HttpResponse<byte[]> download = get("/corpora/seeds/tokens?format=" + format, READER);
            assertEquals(format, 200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("seeds-tokens."));
            String output = answer(executeCommand("corpus:export-tokens --format " + format + " --output parity-" + format
                    + ".txt seeds"));
            assertTrue(output, output.startsWith("Wrote "));
            Path written = Path.of(System.getProperty("karaf.data"), "export", "parity-" + format + ".txt");
            assertTrue(download.body().length > 1000);
            assertEquals(format, Files.readString(written), text(download));
        }
        assertBadRequest(get("/corpora/seeds/tokens?format=xlsx", READER), "xlsx", "plain", "vertical");
        // a selection is written as a corpus of just its documents: the first two are the whole's first two, in order
        String whole = text(get("/corpora/seeds/tokens", READER));
        String first = text(get("/corpora/seeds/tokens?selection=0", READER));
        String second = text(get("/corpora/seeds/tokens?selection=1", READER));
        String both = text(get("/corpora/seeds/tokens?selection=0-1", READER));
        assertFalse(first.isBlank() || second.isBlank());
        assertEquals(first + second, both);
        assertTrue(whole.startsWith(both) && whole.length() > both.length());
        assertBadRequest(get("/corpora/seeds/tokens?selection=pagina", READER), "pagina");
    }

    @Test
    public void aConcordanceShowsWhatCorpusQueryShows() throws Exception {
        awaitSeeds();
        awaitV1();
        HttpResponse<byte[]> response = get("/corpora/seeds/concordance?query=" + encode("\"经济\"") + "&pageSize=5&sort=right1",
                READER);
        assertEquals(text(response), 200, response.statusCode());
        JsonNode page = body(response);
        String console = answer(executeCommand("corpus:query --page-size 5 --sort right1 seeds '\"经济\"'"));
        long hits = page.get("hits").asLong();
        assertTrue(console, console.startsWith("hits " + hits + ", page 1 of " + page.get("pages").asLong()));
        assertEquals(5, page.get("lines").size());
        CorpusView seeds = repository().require("seeds");
        for (JsonNode line : page.get("lines")) {
            assertEquals("经济", line.get("node").asText());
            assertTrue(console, console.contains(line.get("documentId").asText()));
            int document = line.get("documentIndex").asInt();
            assertEquals(seeds.documentId(document), line.get("documentId").asText());
            assertEquals(seeds.metadata(document).size(), line.get("metadata").size());
            String cleaned = seeds.document(document).cleanedText();
            assertEquals("经济", cleaned.substring(cleaned.offsetByCodePoints(0, line.get("start").asInt()),
                    cleaned.offsetByCodePoints(0, line.get("end").asInt())));
            String original = seeds.document(document).originalText();
            assertEquals("经济", original.substring(original.offsetByCodePoints(0, line.get("originalStart").asInt()),
                    original.offsetByCodePoints(0, line.get("originalEnd").asInt())));
        }
        JsonNode beyond = body(get("/corpora/seeds/concordance?query=" + encode("\"经济\"") + "&pageSize=5&page=100000", READER));
        assertEquals(hits, beyond.get("hits").asLong());
        assertEquals(0, beyond.get("lines").size());
        assertBadRequest(get("/corpora/seeds/concordance?query=" + encode("[word=\"经济\""), READER), "position", "Expected");
        assertBadRequest(get("/corpora/seeds/concordance", READER), "?query=");
        assertBadRequest(get("/corpora/seeds/concordance?query=a&characters=yes", READER), "'characters'");
    }

    @Test
    public void segmentationAnswersAsCorpusSegmentPrints() throws Exception {
        awaitV1();
        HttpResponse<byte[]> response = send("POST", "/segment?mode=accurate", READER,
                "我来到北京清华大学".getBytes(StandardCharsets.UTF_8));
        assertEquals(text(response), 200, response.statusCode());
        List<String> rows = new ArrayList<>();
        body(response).get("tokens").forEach(token -> rows.add(token.get("text").asText() + "\t" + token.get("type").asText()
                + "\t" + token.get("start").asInt() + "\t" + token.get("end").asInt()));
        String console = answer(executeCommand("corpus:segment --no-format 我来到北京清华大学"));
        List<String> printed = console.lines().filter(line -> !line.isBlank()).toList();
        assertEquals(printed.subList(printed.size() - rows.size(), printed.size()), rows);
        assertTrue(rows.toString(), rows.contains("清华大学\tchinese_word\t5\t9"));

        HttpResponse<byte[]> segmenters = get("/segmenters", READER);
        assertEquals(text(segmenters), 200, segmenters.statusCode());
        Set<String> names = new TreeSet<>();
        body(segmenters).forEach(segmenter -> names.add(segmenter.get("name").asText()));
        String listed = executeCommand("corpus:segmenters --no-format");
        assertTrue(names.toString(), names.contains("jieba"));
        names.forEach(name -> assertTrue(listed, listed.contains(name)));

        assertBadRequest(send("POST", "/segment?mode=fast", READER, new byte[] {'a'}), "'mode'", "fast");
        assertBadRequest(send("POST", "/segment", READER, new byte[] {(byte) 0xC3, (byte) 0x28}), "UTF-8");
        assertEquals(404, send("POST", "/segment?segmenter=nothing", READER, new byte[] {'a'}).statusCode());
    }

    @Test
    public void theCleaningPipelineListsAndSwitchesAsCorpusCleaningDoes() throws Exception {
        awaitV1();
        HttpResponse<byte[]> response = get("/cleaning", READER);
        assertEquals(text(response), 200, response.statusCode());
        JsonNode stages = body(response);
        assertTrue(stages.size() > 1);
        String console = executeCommand("corpus:cleaning --no-format");
        List<String> names = new ArrayList<>();
        stages.forEach(stage -> names.add(stage.get("name").asText()));
        names.forEach(name -> assertTrue(console, console.contains("\t" + name + "\t")));
        assertTrue(names.toString(), names.contains("rejoin-lines"));
        try {
            HttpResponse<byte[]> off = send("PUT", "/cleaning/rejoin-lines?enabled=false", admin(), null);
            assertEquals(text(off), 200, off.statusCode());
            assertFalse(body(off).get("enabled").asBoolean());
            assertTrue(answer(executeCommand("corpus:cleaning --no-format")).lines()
                    .anyMatch(line -> line.contains("\trejoin-lines\toff")));
        } finally {
            HttpResponse<byte[]> on = send("PUT", "/cleaning/rejoin-lines?enabled=true", admin(), null);
            assertEquals(text(on), 200, on.statusCode());
            assertTrue(body(on).get("enabled").asBoolean());
        }
        assertBadRequest(send("PUT", "/cleaning/rejoin-lines?enabled=maybe", admin(), null), "'enabled'", "maybe");
        assertEquals(404, send("PUT", "/cleaning/no-such-step?enabled=true", admin(), null).statusCode());
    }

    @Test
    public void documentsFilterBySelectionAndShowWhatCleaningKept() throws Exception {
        awaitSeeds();
        awaitV1();
        CorpusView seeds = repository().require("seeds");
        String selection = "0-2";
        for (int index = 0; index < seeds.documentCount(); index++) {
            String date = seeds.metadata(index).getOrDefault("date", "");
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) { // a date whose year is not known (--03-03) compares with nothing
                selection = "date>=" + date;
                break;
            }
        }
        int selected = 0;
        org.corpusbench.api.DocumentSelection chosen = service(Subcorpora.class).select(seeds, selection);
        for (int index = 0; index < seeds.documentCount(); index++) {
            selected += chosen.contains(index) ? 1 : 0;
        }
        JsonNode page = body(get("/corpora/seeds/documents?limit=2&selection=" + encode(selection), READER));
        assertEquals(page.toString(), selected, page.get("total").asInt());
        assertTrue(selected > 0);
        page.get("documents").forEach(document -> assertTrue(chosen.contains(document.get("index").asInt())));
        JsonNode narrow = body(get("/corpora/seeds/documents?selection=0-1", READER));
        assertEquals(2, narrow.get("total").asInt());
        assertBadRequest(get("/corpora/seeds/documents?selection=" + encode("pagina"), READER), "pagina", "Invalid selection");

        JsonNode document = body(get("/corpora/seeds/documents/" + encode(seeds.documentId(0)), READER));
        String cleaned = document.get("cleanedText").asText();
        String original = document.get("originalText").asText();
        assertTrue(document.get("kept").size() > 1);
        long keptCodePoints = 0;
        for (JsonNode run : document.get("kept")) {
            String fromCleaned = cleaned.substring(cleaned.offsetByCodePoints(0, run.get(0).asInt()),
                    cleaned.offsetByCodePoints(0, run.get(1).asInt()));
            String fromOriginal = original.substring(original.offsetByCodePoints(0, run.get(2).asInt()),
                    original.offsetByCodePoints(0, run.get(3).asInt()));
            assertEquals(fromOriginal, fromCleaned);
            keptCodePoints += run.get(1).asInt() - run.get(0).asInt();
        }
        // cleaning of a newspaper page joins lines and takes the header out: most of the text is kept, not all
        assertTrue(keptCodePoints > cleaned.codePointCount(0, cleaned.length()) / 2);
        assertTrue(keptCodePoints < original.codePointCount(0, original.length()));
    }

    @Test
    public void theOpenApiDocumentListsEveryNewRoute() throws Exception {
        awaitV1();
        JsonNode paths = body(get("/openapi.json", READER)).get("paths");
        String[][] routes = {
            {"post", "/corpora/{corpus}"}, {"post", "/corpora/{corpus}/rename"}, {"get", "/corpora/{corpus}/tokens"},
            {"get", "/corpora/{corpus}/concordance"}, {"post", "/segment"}, {"get", "/segmenters"}, {"get", "/cleaning"},
            {"put", "/cleaning/{step}"}, {"get", "/corpora/{corpus}/documents"}, {"get", "/corpora/{corpus}/documents/{id}"},
        };
        for (String[] route : routes) {
            JsonNode operation = paths.path(route[1]).path(route[0]);
            assertFalse(route[0] + " " + route[1], operation.isMissingNode());
            assertTrue(operation.toString(), Set.of("reader", "admin").contains(operation.get("x-corpusbench-role").asText()));
        }
        assertEquals("admin", paths.path("/corpora/{corpus}").path("post").get("x-corpusbench-role").asText());
        assertTrue(paths.path("/corpora/{corpus}").path("post").path("responses").has("202"));
        assertTrue(paths.path("/corpora/{corpus}/documents").path("get").toString().contains("\"selection\""));
    }

    /** Waits for the v1 application with the resources this test uses (the whiteboard adds them one by one after boot). */
    private void awaitV1() throws Exception {
        await("the v1 API to answer", () -> {
            try {
                return get("/openapi.json", READER).statusCode() == 200 && get("/segmenters", READER).statusCode() == 200
                        && get("/cleaning", READER).statusCode() == 200 && get("/corpora", READER).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
