package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A Spark job's {@code corpus.parquet} folder loads into the workbench as given: found by
 * {@code corpus:load} without naming the loader, and uploaded as a zip through the REST API, each
 * row one document with the row's id, metadata and tokens. The folder is the one named by the
 * system property {@code corpusbench.spark.parquet} (the Spark job's real output), else a fixture
 * written here; either way the expectations are read from it outside Karaf by parquet-java itself
 * ({@link ParquetFixture}), so the loader inside Karaf, which reads without Hadoop, is checked
 * against an independent reader.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ParquetLoaderIT extends WorkbenchTestSupport {
    private static final String FOLDER = "corpusbench.parquet.folder", EXPECTED = "corpusbench.parquet.expected";
    private static final int HTTP = 29181;

    @Override
    @Configuration
    public Option[] configuration() {
        try {
            String given = System.getProperty("corpusbench.spark.parquet");
            Path work = Path.of("target", "parquet-it").toAbsolutePath();
            Path folder = given == null || given.isBlank() ? ParquetFixture.write(work.resolve("corpus.parquet"))
                    : Path.of(given).toAbsolutePath();
            Path expected = ParquetFixture.expectations(folder, work.resolve("expected.jsonl"));
            return OptionUtils.combine(super.configuration(), systemProperty(FOLDER).value(folder.toString()),
                    systemProperty(EXPECTED).value(expected.toString()),
                    ports(HTTP, 29101, 21199, 44475)); // its own, so it may run beside another helper's ITs
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void aSparkParquetFolderLoadsAsGivenFromTheConsoleAndAsAZipThroughRest() throws Exception {
        awaitSeeds();
        List<Map<String, Object>> expected = expected();
        // corpus:load reads only under the import roots: the folder is copied there, as a user would put it
        Path folder = copy(Path.of(System.getProperty(FOLDER)),
                Path.of(System.getProperty("karaf.data"), "import", "parquet-it", "corpus.parquet"));

        String loaded = executeCommand("corpus:load --name spark " + folder);
        assertFalse(loaded, loaded.contains("ERROR"));
        CorpusView spark = repository().require("spark");
        assertEquals("parquet", spark.info().provenance().get(CorpusInfo.LOADER));
        assertEquals("as given by the source", spark.info().segmenter());
        assertDocuments(expected, spark);

        HttpResponse<byte[]> accepted = send("POST", "/corpora/spark-upload?filename=corpus.zip", zip(folder));
        assertEquals(new String(accepted.body(), StandardCharsets.UTF_8), 202, accepted.statusCode());
        JsonNode job = job(accepted);
        assertEquals(job.toString(), "succeeded", job.path("state").asText());
        assertDocuments(expected, repository().require("spark-upload"));
    }

    @Test
    public void aFolderHoldingAPartTwiceIsRefusedNamingTheFileAndNothingIsStored() throws Exception {
        awaitSeeds();
        Path twice = copy(Path.of(System.getProperty(FOLDER)),
                Path.of(System.getProperty("karaf.data"), "import", "parquet-it", "twice.parquet"));
        Path first;
        try (Stream<Path> files = Files.list(twice)) {
            first = files.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        }
        Files.copy(first, twice.resolve("part-again.parquet")); // as a second copy of one download would

        String refused = executeCommand("corpus:load --name twice --loader parquet " + twice);

        assertTrue(refused, refused.contains("ERROR: 'twice.parquet/") && refused.contains("': document index ")
                && refused.contains(" is given twice (the rows' index must run from 0 to "));
        assertFalse(repository().list().stream().anyMatch(info -> info.name().equals("twice")));
    }

    private static void assertDocuments(List<Map<String, Object>> expected, CorpusView corpus) {
        assertEquals(expected.size(), corpus.documentCount());
        for (int d = 0; d < expected.size(); d++) {
            Map<String, Object> document = expected.get(d);
            assertEquals(document.get("id"), corpus.document(d).id());
            @SuppressWarnings("unchecked")
            Map<String, String> metadata = new HashMap<>((Map<String, String>) document.get("metadata"));
            metadata.put("segmentation", "as given");
            assertEquals("document " + d, metadata, corpus.document(d).metadata());
            assertEquals("tokens of document " + d, ((Number) document.get("tokens")).intValue(),
                    corpus.documentStart(d + 1) - corpus.documentStart(d));
        }
    }

    private static List<Map<String, Object>> expected() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty(EXPECTED)))) {
            documents.add(json.readValue(line, new TypeReference<Map<String, Object>>() { }));
        }
        return documents;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    /** The folder zipped as a user would: its files under the folder's name. */
    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A request to this test's own HTTP port as the admin (the support class's helpers use the common port). */
    private static HttpResponse<byte[]> send(String method, String path, byte[] body) throws Exception {
        String credentials = "admin:" + adminPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP + REST_V1 + path))
                .timeout(Duration.ofSeconds(60)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-By", "corpusbench-itests").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode job(HttpResponse<byte[]> accepted) throws Exception {
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = location.contains(REST_V1) ? location.substring(location.indexOf(REST_V1) + REST_V1.length()) : "/" + location;
        ObjectMapper json = new ObjectMapper();
        JsonNode[] job = new JsonNode[1];
        await("the upload job", () -> {
            try {
                job[0] = json.readTree(send("GET", path, null).body());
                return Set.of("succeeded", "failed", "cancelled").contains(job[0].path("state").asText());
            } catch (Exception e) {
                return false;
            }
        });
        return job[0];
    }
}
