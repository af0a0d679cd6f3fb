package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.corpusbench.api.CorpusInfo;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * The REST API v1 on the JAX-RS whiteboard in our own distribution: it resolves and starts, answers
 * 401 without credentials, 403 to a reader on an admin method, 200 to a reader, JSON errors, and its
 * OpenAPI document holds exactly the routes the whiteboard serves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestV1IT extends WorkbenchTestSupport {
    static final String V1 = "/corpus/api/v1";
    static final ApiCalls.Login READER = new ApiCalls.Login("v1reader", "Reader-v1-Willow-5307");

    /** Ports of this test's own, so it can run while another helper's IT holds the shared ones. */
    static final int PORT = 18281;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    @Configuration
    public Option[] configuration() {
        String security = "etc/org.corpusbench.security.cfg";
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER.user(), READER.password() + ",corpus-reader"),
                // the deliberate wrong password must not delay the other tests' logins (all come from 127.0.0.1)
                editConfigurationFilePut(security, "free.failures", "1000"),
                editConfigurationFilePut(security, "first.delay.ms", "50"),
                editConfigurationFilePut(security, "max.delay.ms", "200"),
                ports(PORT, 18201, 11199, 44545));
    }

    /** A request as any client sends it: headers are name, value, name, value, ... */
    private HttpResponse<byte[]> send(String method, String target, ApiCalls.Login login, String... headers)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + target))
                .timeout(Duration.ofSeconds(120)).method(method, HttpRequest.BodyPublishers.noBody());
        if (login != null) {
            request.header("Authorization", login.header());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode body(HttpResponse<byte[]> response) throws java.io.IOException {
        return json.readTree(response.body());
    }

    private ApiCalls.Login admin() throws java.io.IOException {
        return new ApiCalls.Login("admin", adminPassword());
    }

    @Test
    public void withoutCredentialsEveryRouteAnswers401WithAChallenge() throws Exception {
        awaitV1();
        for (String path : new String[] {"/corpora", "/corpora/seeds", "/analyses", "/openapi.json", "/no/such/route"}) {
            HttpResponse<byte[]> response = send("GET", V1 + path, null);
            assertEquals(path, 401, response.statusCode());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
            assertEquals(401, body(response).get("status").asInt());
        }
        // the whiteboard's default application takes nothing from the rest of the server: outside the API, still
        // the server's own JSON 404 (bundles/face/web-errors)
        HttpResponse<byte[]> elsewhere = send("GET", "/no-such-page-of-the-workbench", null);
        assertEquals(text(elsewhere), 404, elsewhere.statusCode());
        assertEquals(text(elsewhere), 404, body(elsewhere).get("status").asInt());
        HttpResponse<byte[]> wrong = send("GET", V1 + "/corpora", new ApiCalls.Login(READER.user(), "wrong"));
        assertEquals(401, wrong.statusCode());
        // the login throttle and the audit saw the client's address, so failures count against it too
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        await("the failed login in " + log, () -> {
            try {
                return java.nio.file.Files.readString(log).contains("Login failed for user '" + READER.user() + "' from http(127.0.0.1)");
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    public void aReaderReadsCorporaDocumentsAndAnalyses() throws Exception {
        CorpusInfo seeds = awaitSeeds();
        awaitV1();
        HttpResponse<byte[]> corpora = send("GET", V1 + "/corpora", READER);
        assertEquals(text(corpora), 200, corpora.statusCode());
        assertTrue(corpora.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode listed = null;
        for (JsonNode corpus : body(corpora)) {
            if (corpus.get("name").asText().equals("seeds")) {
                listed = corpus;
            }
        }
        assertTrue(text(corpora), listed != null);
        assertEquals(seeds.tokens(), listed.get("tokens").asLong());
        assertEquals(seeds.documents(), listed.get("documents").asInt());

        JsonNode corpus = body(send("GET", V1 + "/corpora/seeds", READER));
        assertEquals(seeds.provenance().get(CorpusInfo.SEGMENTER), corpus.path("provenance").path(CorpusInfo.SEGMENTER).asText());

        JsonNode report = body(send("GET", V1 + "/corpora/seeds/report", READER));
        assertEquals(repository().require("seeds").loadReport().summary(), report.get("summary").asText());
        JsonNode cleaning = body(send("GET", V1 + "/corpora/seeds/cleaning", READER));
        assertEquals(repository().require("seeds").cleaningReport().sources().size(), cleaning.get("sources").size());

        JsonNode page = body(send("GET", V1 + "/corpora/seeds/documents?offset=1&limit=2", READER));
        assertEquals(seeds.documents(), page.get("total").asInt());
        assertEquals(2, page.get("documents").size());
        String id = page.get("documents").get(0).get("id").asText();
        HttpResponse<byte[]> document = send("GET", V1 + "/corpora/seeds/documents/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), READER);
        assertEquals(text(document), 200, document.statusCode());
        assertEquals(repository().require("seeds").document(1).cleanedText(), body(document).get("cleanedText").asText());

        JsonNode analyses = body(send("GET", V1 + "/analyses", READER));
        Set<String> names = new TreeSet<>();
        analyses.forEach(analysis -> names.add(analysis.get("name").asText()));
        assertTrue(names.toString(), names.contains("frequency"));

        HttpResponse<byte[]> run = send("GET", V1 + "/analyses/frequency/run?corpus=seeds&limit=5", READER);
        assertEquals(text(run), 200, run.statusCode());
        JsonNode table = body(run);
        assertEquals(5, table.get("rows").size());
        assertTrue(table.get("total").asLong() > 5);
        assertTrue(table.get("columns").size() > 1);
    }

    @Test
    public void badRequestsGetJsonErrorsNamingTheProblem() throws Exception {
        awaitSeeds();
        awaitV1();
        HttpResponse<byte[]> missing = send("GET", V1 + "/corpora/no-such-corpus", READER);
        assertEquals(404, missing.statusCode());
        assertTrue(body(missing).get("error").asText().contains("no-such-corpus"));
        HttpResponse<byte[]> limit = send("GET", V1 + "/corpora/seeds/documents?limit=0", READER);
        assertEquals(400, limit.statusCode());
        assertTrue(body(limit).get("error").asText().contains("'limit'"));
        HttpResponse<byte[]> route = send("GET", V1 + "/no/such/route", READER);
        assertEquals(404, route.statusCode());
        assertEquals(404, body(route).get("status").asInt());
        HttpResponse<byte[]> parameter = send("GET", V1 + "/analyses/frequency/run?corpus=seeds&no-such-parameter=1",
                READER);
        assertEquals(text(parameter), 400, parameter.statusCode());
    }

    @Test
    public void aReaderIsRefusedAdminMethodsAndChangesNeedTheCrossSiteHeader() throws Exception {
        awaitSeeds();
        awaitV1();
        HttpResponse<byte[]> reader = send("DELETE", V1 + "/corpora/seeds", READER, "X-Requested-By", "itest");
        assertEquals(text(reader), 403, reader.statusCode());
        assertEquals(403, body(reader).get("status").asInt());
        assertTrue(repository().get("seeds").isPresent());
        HttpResponse<byte[]> bare = send("DELETE", V1 + "/corpora/no-such-corpus", admin());
        assertEquals(text(bare), 403, bare.statusCode());
        assertTrue(body(bare).get("error").asText().contains("X-Requested-By"));
        HttpResponse<byte[]> foreign = send("DELETE", V1 + "/corpora/no-such-corpus", admin(),
                "X-Requested-By", "itest", "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode());
        HttpResponse<byte[]> admin = send("DELETE", V1 + "/corpora/no-such-corpus", admin(), "X-Requested-By", "itest");
        assertEquals(text(admin), 404, admin.statusCode());
    }

    @Test
    public void anAdminKeepsSubcorporaThatAReaderMayOnlyList() throws Exception {
        awaitSeeds();
        awaitV1();
        String subcorpus = V1 + "/corpora/seeds/subcorpora/v1-first";
        HttpResponse<byte[]> refused = send("PUT", subcorpus + "?selection=0", READER, "X-Requested-By", "itest");
        assertEquals(text(refused), 403, refused.statusCode());
        HttpResponse<byte[]> saved = send("PUT", subcorpus + "?selection=0", admin(), "X-Requested-By", "itest");
        assertEquals(text(saved), 200, saved.statusCode());
        assertEquals(1, body(saved).get("documents").asInt());
        HttpResponse<byte[]> listed = send("GET", V1 + "/corpora/seeds/subcorpora", READER);
        assertEquals(text(listed), 200, listed.statusCode());
        assertTrue(text(listed), text(listed).contains("\"v1-first\""));
        HttpResponse<byte[]> run = send("GET", V1 + "/analyses/frequency/run?corpus=seeds&selection=@v1-first&limit=1", READER);
        assertEquals(text(run), 200, run.statusCode());
        HttpResponse<byte[]> deleted = send("DELETE", subcorpus, admin(), "X-Requested-By", "itest");
        assertEquals(text(deleted), 204, deleted.statusCode());
        assertEquals(404, send("DELETE", subcorpus, admin(), "X-Requested-By", "itest").statusCode());
    }

    @Test
    public void aReaderDownloadsATableAsCsvAndJson() throws Exception {
        awaitSeeds();
        awaitV1();
        HttpResponse<byte[]> csv = send("GET", V1 + "/analyses/frequency/export?corpus=seeds&min_count=5", READER);
        assertEquals(text(csv), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("seeds-frequency.csv"));
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(table, table.startsWith("\uFEFF# corpus: seeds"));
        assertTrue(table, table.contains("\"的\""));
        HttpResponse<byte[]> json = send("GET", V1 + "/analyses/frequency/export?corpus=seeds&format=json&min_count=5", READER);
        assertEquals(text(json), 200, json.statusCode());
        JsonNode rows = body(json).get("rows");
        // the same rows as the CSV: one line each after the comments and the header
        long csvRows = table.lines().filter(line -> !line.startsWith("#") && !line.startsWith("\uFEFF#")).count() - 1;
        assertEquals(csvRows, rows.size());
        HttpResponse<byte[]> unknown = send("GET", V1 + "/analyses/frequency/export?corpus=seeds&format=xlsx", READER);
        assertEquals(text(unknown), 400, unknown.statusCode());
        assertTrue(text(unknown), body(unknown).get("error").asText().contains("csv"));
    }

    @Test
    public void recleaningRunsAsAJobThatItsOwnerFollowsAndOthersCannotSee() throws Exception {
        awaitSeeds();
        awaitV1();
        java.nio.file.Path page = java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("karaf.data"),
                "import", "v1jobs")).resolve("page.txt");
        java.nio.file.Files.writeString(page, "本报讯（记者 赵宗锋）颁奖典礼举行。经济发展稳中向好。");
        int documents = service(org.corpusbench.api.CorpusImporter.class).importPath("v1jobs", page,
                org.corpusbench.api.LoadOptions.DEFAULTS, org.corpusbench.api.Progress.NONE).documents();
        String reclean = V1 + "/corpora/v1jobs/reclean";
        HttpResponse<byte[]> refused = send("POST", reclean, READER, "X-Requested-By", "itest");
        assertEquals(text(refused), 403, refused.statusCode());

        HttpResponse<byte[]> accepted = send("POST", reclean, admin(), "X-Requested-By", "itest");
        assertEquals(text(accepted), 202, accepted.statusCode());
        String id = body(accepted).get("id").asText();
        assertTrue(accepted.headers().firstValue("Location").orElse("").endsWith("jobs/" + id));
        JsonNode[] job = new JsonNode[1];
        await("the re-cleaning job to finish", () -> {
            try {
                job[0] = body(send("GET", V1 + "/jobs/" + id, admin()));
                return !Set.of("queued", "running").contains(job[0].get("state").asText());
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(job[0].toString(), "succeeded", job[0].get("state").asText());
        assertEquals("corpora/v1jobs", job[0].get("result").asText());
        assertTrue(text(send("GET", V1 + "/jobs", admin())).contains(id));
        // a reader neither sees nor cancels the administrator's job: it answers as an unknown one
        assertEquals(404, send("GET", V1 + "/jobs/" + id, READER).statusCode());
        assertEquals(404, send("DELETE", V1 + "/jobs/" + id, READER, "X-Requested-By", "itest").statusCode());
        String readersJobs = text(send("GET", V1 + "/jobs", READER));
        assertFalse(readersJobs, readersJobs.contains(id));
        assertEquals(documents, repository().get("v1jobs").orElseThrow().documentCount());
    }

    @Test
    public void theOpenApiDocumentHoldsExactlyTheRoutesTheWhiteboardServes() throws Exception {
        awaitV1();
        HttpResponse<byte[]> response = send("GET", V1 + "/openapi.json", READER);
        assertEquals(text(response), 200, response.statusCode());
        JsonNode document = body(response);
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals("basic", document.path("components").path("securitySchemes").path("basic").path("scheme").asText());
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        HttpResponse<byte[]> unversioned = send("GET", "/corpus/api/openapi.json", null);
        assertEquals(308, unversioned.statusCode());
        assertEquals(V1 + "/openapi.json", unversioned.headers().firstValue("Location").orElse(""));
        Set<String> served = servedRoutes();
        assertFalse(served.isEmpty());
        assertEquals(served, documented);
        document.get("paths").forEach(item -> item.forEach(operation ->
                assertTrue(operation.toString(), Set.of("reader", "admin").contains(operation.get("x-corpusbench-role").asText()))));
    }

    /** @return "METHOD /path" of every resource method the whiteboard serves in the v1 application */
    private Set<String> servedRoutes() throws InterruptedException {
        RuntimeDTO runtime = service(JaxrsServiceRuntime.class).getRuntimeDTO();
        Set<String> routes = new TreeSet<>();
        for (ApplicationDTO application : runtime.applicationDTOs) {
            if (!"corpusbench-v1".equals(application.name)) {
                continue;
            }
            for (ResourceDTO resource : application.resourceDTOs) {
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    routes.add(method.method + " " + normalise(method.path));
                }
            }
        }
        return routes;
    }

    /** {@code corpora/{corpus: .+}/} and {@code /corpora/{corpus}} are one route. */
    private static String normalise(String path) {
        String clean = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        return "/" + String.join("/", Arrays.stream(clean.split("/")).filter(part -> !part.isEmpty()).toList());
    }

    /** Waits for the v1 application with its resources (the whiteboard adds them one by one after boot). */
    private void awaitV1() throws Exception {
        await("the v1 API to answer", () -> {
            try {
                return send("GET", V1 + "/openapi.json", READER).statusCode() == 200
                        && send("GET", V1 + "/corpora", READER).statusCode() == 200
                        && send("GET", V1 + "/analyses", READER).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
