package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.console.Command;
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
 * Who may do what, over SSH and REST, and what hostile or oversized requests get: the workbench
 * booted with a {@code corpus-reader}, a user with Karaf's {@code viewer} role only, a throttle of
 * failed logins too mild to lock anyone out here (every request comes from 127.0.0.1, so each
 * deliberate failure counts against everyone's address), and a heap limited to 1 GB.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends WorkbenchTestSupport {
    static final String READER = "reader";
    static final String READER_PASSWORD = "Reader-quiet-Lantern-4821";
    static final String VIEWER = "viewer";
    static final String VIEWER_PASSWORD = "Viewer-amber-Harbour-7310";
    static final ApiCalls.Login READER_LOGIN = new ApiCalls.Login(READER, READER_PASSWORD);
    /** The user dictionary the routes that read one are walked with. */
    static final String DICTIONARY = "securityit-dictionary";

    /** The commands the ACL gives corpus-reader (etc/org.apache.karaf.command.acl.corpus.cfg); all others need corpus-admin. */
    static final Set<String> READ_COMMANDS = Set.of("list", "info", "documents", "document", "analyses", "run", "export",
            "export-tokens", "segmenters", "segment", "segment-diff", "cleaning", "cleaning-report", "query", "jobs", "job-cancel",
            "dicts");
    static final String SEEDS_PAGE = "000_a091517554f8b986.txt";
    static final long HEAP_LIMIT_MB = 1024;
    static final int SEGMENT_BODY_BYTES = 60_000_000;
    static final int PARALLEL_SEGMENTATIONS = 8;

    static final String V1 = REST_V1;

    private final ApiCalls api = new ApiCalls();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    @Configuration
    public Option[] configuration() {
        String security = "etc/org.corpusbench.security.cfg";
        return OptionUtils.combine(super.configuration(),
                // users added before the first start with plain passwords, which Karaf hashes (checked below)
                editConfigurationFilePut("etc/users.properties", READER, READER_PASSWORD + ",corpus-reader,ssh"),
                editConfigurationFilePut("etc/users.properties", VIEWER, VIEWER_PASSWORD + ",viewer,ssh"),
                // deliberate wrong passwords must never delay or refuse the next test's logins (SSH refuses instead of waiting)
                editConfigurationFilePut(security, "free.failures", "1000"),
                editConfigurationFilePut(security, "first.delay.ms", "50"),
                editConfigurationFilePut(security, "max.delay.ms", "200"),
                // a heap limit, so that unbounded buffering of large requests shows as OutOfMemoryError
                vmOption("-Xmx" + HEAP_LIMIT_MB + "m"),
                systemProperty("corpusbench.itests.reports").value(new File("target").getAbsolutePath()));
    }

    // ------------------------------------------------------------------ 1. SSH console as a reader

    @Test
    public void aReaderOverSshRunsEveryReadCommandAndNoChangeAndAViewerNoCorpusCommand() throws Exception {
        CorpusInfo before = awaitSeeds();
        awaitPasswordHashed(READER, READER_PASSWORD);
        awaitPasswordHashed(VIEWER, VIEWER_PASSWORD);
        CorpusView seeds = repository().require("seeds");
        String id = seeds.document(1).id();
        String cleaned = seeds.document(1).cleanedText();
        String suffix = unique();
        Path export = Path.of(System.getProperty("karaf.data"), "export");
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path page = Path.of(System.getProperty("karaf.home"), "seeds", SEEDS_PAGE);
        assertTrue(stepIsOn("rejoin-lines"));

        try (SshConsole reader = SshConsole.login(READER, READER_PASSWORD)) {
            String list = read(reader, "corpus:list --no-format");
            assertTrue(list, list.lines().anyMatch(line -> line.startsWith("seeds\t") && line.contains("\t" + before.tokens() + "\t")));
            assertTrue(read(reader, "corpus:info seeds").contains("segmenter.dictionary.sha256"));
            String documents = read(reader, "corpus:documents --limit 5 seeds");
            assertTrue(documents, documents.contains(seeds.document(0).id()) && documents.contains("of " + before.documents()));
            String document = read(reader, "corpus:document seeds \"" + id + "\"");
            assertTrue(document, document.contains("--- Cleaned text ---")
                    && document.contains(cleaned.substring(0, Math.min(20, cleaned.length()))));
            assertTrue(read(reader, "corpus:analyses").contains("frequency"));
            String top = read(reader, "corpus:run --top 5 frequency seeds");
            assertTrue(top, top.contains("的") && top.contains("per_million"));
            String exported = read(reader, "corpus:export --format csv --output reader-" + suffix + ".csv frequency seeds");
            assertTrue(exported, answer(exported).startsWith("Wrote "));
            assertTrue(Files.readString(export.resolve("reader-" + suffix + ".csv"), StandardCharsets.UTF_8).contains("聊城"));
            String tokens = read(reader, "corpus:export-tokens --output reader-" + suffix + ".txt seeds");
            assertTrue(tokens, answer(tokens).startsWith("Wrote ") && Files.size(export.resolve("reader-" + suffix + ".txt")) > 0);
            assertTrue(read(reader, "corpus:segmenters --no-format").contains("jieba\t"));
            String segmented = read(reader, "corpus:segment --no-format 聊城市纪念国际妇女节");
            assertTrue(segmented, segmented.lines().anyMatch(line -> line.startsWith("聊城市\t")));
            String cleaning = read(reader, "corpus:cleaning");
            assertTrue(cleaning, cleaning.contains("rejoin-lines") && cleaning.contains("newspaper-articles"));
            assertTrue(read(reader, "corpus:cleaning --no-format").contains("\trejoin-lines\t"));
            String concordance = read(reader, "corpus:query seeds '\"发展\"'");
            assertTrue(concordance, answer(concordance).startsWith("hits "));
            read(reader, "corpus:dicts");
            read(reader, "corpus:subcorpus list seeds");
            read(reader, "corpus:subcorpus --no-format list seeds");
            String report = read(reader, "corpus:cleaning-report seeds");
            assertTrue(report, report.contains(SEEDS_PAGE) && report.contains("lines.joined="));

            // every change is refused
            for (String change : List.of("corpus:load --name intruder-" + suffix + " " + page, "corpus:delete seeds",
                    "corpus:rename seeds renamed-" + suffix, "corpus:reclean seeds", "corpus:cleaning off rejoin-lines",
                    "corpus:cleaning on rejoin-lines", "corpus:resegment seeds", "corpus:dict-add intruder-" + suffix + " 聊城", "corpus:subcorpus create seeds intruder-" + suffix + " all",
                    "corpus:subcorpus delete seeds intruder-" + suffix, "config:install " + configToInstall(suffix) + " securityit-" + suffix + ".cfg")) {
                assertRefused(reader.run(change));
            }
            // and so is every other command of the scope that the ACL does not open to readers (a new one is closed)
            for (String name : corpusCommands()) {
                if (!READ_COMMANDS.contains(name)) {
                    assertRefused(reader.run("corpus:" + name + " no-such-corpus-" + suffix));
                }
            }
            // exports only into the export folder
            for (String outside : List.of("corpus:export --format csv --output /tmp/securityit-" + suffix + ".csv frequency seeds",
                    "corpus:export --format csv --output ../../etc/securityit-" + suffix + ".cfg frequency seeds",
                    "corpus:export-tokens --output /tmp/securityit-" + suffix + ".txt seeds",
                    "corpus:export-tokens --output ../../etc/securityit-" + suffix + ".txt seeds")) {
                SshConsole.Result result = reader.run(outside);
                assertTrue(result.toString(), result.all().contains("is outside the export roots"));
                assertFalse(result.toString(), result.all().contains("Wrote "));
            }
        }

        assertEquals("seeds unchanged (same generation, tokens, provenance)", Optional.of(before), corpus("seeds"));
        assertEquals(Optional.empty(), corpus("intruder-" + suffix));
        assertEquals(Optional.empty(), corpus("renamed-" + suffix));
        assertTrue("rejoin-lines still on", stepIsOn("rejoin-lines"));
        for (String file : List.of("/tmp/securityit-" + suffix + ".csv", "/tmp/securityit-" + suffix + ".txt",
                etc.resolve("securityit-" + suffix + ".cfg").toString(), etc.resolve("securityit-" + suffix + ".txt").toString())) {
            assertFalse(file + " written", Files.exists(Path.of(file)));
        }

        try (SshConsole viewer = SshConsole.login(VIEWER, VIEWER_PASSWORD)) {
            for (String name : corpusCommands()) {
                assertRefused(viewer.run("corpus:" + name + " no-such-corpus-" + suffix));
            }
            for (String command : List.of("corpus:list", "corpus:info seeds", "corpus:run frequency seeds", "corpus:cleaning",
                    "corpus:segment 聊城市", "corpus:delete seeds", "corpus:cleaning off rejoin-lines",
                    "config:install " + configToInstall(suffix) + " securityit-" + suffix + ".cfg")) {
                assertRefused(viewer.run(command));
            }
        }
        assertFalse("config:install refused", Files.exists(etc.resolve("securityit-" + suffix + ".cfg")));
        assertEquals(Optional.of(before), corpus("seeds"));
        assertTrue(stepIsOn("rejoin-lines"));
    }

    /** Runs a command the reader may run and returns its output, failing if it was refused or failed. */
    private static String read(SshConsole console, String command) throws IOException {
        SshConsole.Result result = console.run(command);
        assertFalse(result.toString(), result.refused());
        assertFalse(result.toString(), result.all().contains("Error executing command"));
        assertTrue(result.toString(), result.exitStatus() == null || result.exitStatus() == 0);
        return result.out();
    }

    private static void assertRefused(SshConsole.Result result) {
        assertTrue("refused: " + result, result.refused());
        assertTrue(result.toString(), result.exitStatus() == null || result.exitStatus() != 0);
    }

    /** @return the names of the commands in the scope corpus, as the shell has them now */
    private Set<String> corpusCommands() {
        Set<String> names = sessionFactory.getRegistry().getCommands().stream().filter(c -> "corpus".equals(c.getScope()))
                .map(Command::getName).collect(Collectors.toCollection(TreeSet::new));
        // so that "Command not found" below means hidden from the user, not missing
        assertTrue(names.toString(), names.containsAll(READ_COMMANDS) && names.containsAll(List.of("load", "delete", "rename", "reclean")));
        assertTrue(sessionFactory.getRegistry().getCommands().stream()
                .anyMatch(c -> "config".equals(c.getScope()) && "install".equals(c.getName())));
        return names;
    }

    /** @return the URL of a harmless configuration file for config:install, outside etc */
    private static String configToInstall(String suffix) throws IOException {
        Path file = Path.of(System.getProperty("karaf.data"), "securityit-" + suffix + ".cfg");
        Files.writeString(file, "securityit = true\n", StandardCharsets.UTF_8);
        return file.toUri().toString();
    }

    /** Karaf hashes the plain passwords that users.properties was given before the first start. */
    private static void awaitPasswordHashed(String user, String password) throws InterruptedException {
        Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
        Pattern hashed = Pattern.compile("(?m)^" + user + "\\s*=\\s*\\{CRYPT\\}[0-9a-fA-F]+\\{CRYPT\\},");
        try {
            await(user + "'s password to be hashed in " + users, () -> {
                try {
                    String text = Files.readString(users, StandardCharsets.UTF_8);
                    return hashed.matcher(text).find() && !text.contains(password);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its line is " + entryShape(users, user, password), e);
        }
    }

    /** @return whether the user's entry is missing, plain or hashed, without its password */
    private static String entryShape(Path users, String user, String password) {
        try {
            return Files.readAllLines(users, StandardCharsets.UTF_8).stream().filter(line -> line.matches("^" + user + "\\s*[=:].*"))
                    .map(line -> line.contains(password) ? "plain" : line.replaceAll("[0-9a-fA-F]{8,}", "<hex>"))
                    .reduce((first, last) -> last).orElse("missing");
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    private boolean stepIsOn(String step) {
        String steps = executeCommand("corpus:cleaning --no-format");
        List<String> rows = steps.lines().filter(line -> Arrays.asList(line.split("\t")).contains(step)).collect(Collectors.toList());
        assertEquals(steps, 1, rows.size());
        List<String> cells = Arrays.asList(rows.get(0).split("\t"));
        assertTrue(steps, cells.contains("on") || cells.contains("off"));
        return cells.contains("on");
    }

    private Optional<CorpusInfo> corpus(String name) throws InterruptedException {
        return repository().list().stream().filter(info -> info.name().equals(name)).findFirst();
    }

    // ------------------------------------------------------------------ 2. REST: every route, every kind of caller

    @Test
    public void everyRouteOfTheApiNeedsCredentialsAndItsRole() throws Exception {
        CorpusInfo before = awaitSeeds();
        ApiCalls.Login admin = new ApiCalls.Login("admin", adminPassword());
        ApiCalls.Login wrong = new ApiCalls.Login("admin", "not-" + adminPassword());
        awaitLogin(READER_LOGIN);
        String missing = "no-such-corpus-" + unique();
        String documentId = repository().require("seeds").document(1).id();
        String made = executeCommand("corpus:dict-add " + DICTIONARY + " 聊城"); // for the routes that read one
        assertTrue(made, made.contains("Dictionary '" + DICTIONARY + "' now has"));

        HttpResponse<byte[]> openApi = api.send("GET", V1 + "/openapi.json", admin, null);
        assertEquals(text(openApi), 200, openApi.statusCode());
        JsonNode paths = json.readTree(openApi.body()).get("paths");
        Set<String> listed = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> listed.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertTrue(listed.toString(), listed.containsAll(List.of("GET /openapi.json", "GET /corpora/{corpus}",
                "POST /corpora/{corpus}", "DELETE /corpora/{corpus}", "GET /corpora/{corpus}/documents/{id}", "POST /segment")));

        List<String> walked = new ArrayList<>();
        for (String route : listed) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            String role = paths.get(template).get(method.toLowerCase(Locale.ROOT)).path("x-corpusbench-role").asText();
            assertTrue(route + ": role " + role, role.equals("reader") || role.equals("admin"));
            boolean changes = !method.equals("GET") && !method.equals("HEAD");
            // README: corpus-reader for reading, segmenting, exporting as a job and one's own jobs, corpus-admin for every other change
            boolean startsJob = method.equals("POST") && template.equals("/analyses/{analysis}/export");
            boolean readerMay = !changes || template.equals("/segment") || template.equals("/jobs/{id}") || startsJob;
            assertEquals(route + " needs " + role, readerMay, role.equals("reader"));
            String target = V1 + fill(template, changes ? missing : "seeds", documentId) + parameters(template, missing);
            byte[] body = !changes ? null : template.equals("/segment")
                    ? "聊城市纪念国际妇女节".getBytes(StandardCharsets.UTF_8) : new byte[0];
            String[] headers = changes ? new String[] {"X-Requested-By", "corpusbench-itests"} : new String[0];
            String call = method + " " + target;

            HttpResponse<byte[]> anonymous = api.send(method, target, null, body, headers);
            assertJsonError(call + " without credentials", anonymous, 401);
            assertTrue(call, anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
            assertJsonError(call + " with a wrong password", api.send(method, target, wrong, body, headers), 401);

            HttpResponse<byte[]> asReader = api.send(method, target, READER_LOGIN, body, headers);
            if (role.equals("reader")) {
                assertAuthorised(call + " as reader", asReader);
            } else {
                assertJsonError(call + " as reader", asReader, 403);
                assertTrue(text(asReader), json.readTree(asReader.body()).get("error").asText().contains("corpus-admin"));
            }

            HttpResponse<byte[]> asAdmin = api.send(method, target, admin, body, headers);
            assertAuthorised(call + " as admin", asAdmin);
            if (template.startsWith("/jobs/") || template.startsWith("/exports/") || changes && role.equals("admin")) {
                assertJsonError(call + " as admin, on a corpus, step, job or export that does not exist", asAdmin, 400, 404);
            } else if (startsJob) {
                assertEquals(call + " as admin: " + text(asAdmin), 202, asAdmin.statusCode());
            } else {
                assertEquals(call + " as admin: " + text(asAdmin), 200, asAdmin.statusCode());
            }
            walked.add(call + ": " + anonymous.statusCode() + "/" + asReader.statusCode() + "/" + asAdmin.statusCode());
        }
        System.out.println("SecurityIT walked " + walked.size() + " routes (anonymous/reader/admin): " + walked);

        assertEquals(Optional.empty(), corpus(missing));
        assertEquals("seeds unchanged", Optional.of(before), corpus("seeds"));
    }

    /** @return the template with its variables filled; a variable this test does not know fails it */
    private static String fill(String template, String corpus, String documentId) {
        Matcher variable = Pattern.compile("\\{([^}]*)\\}").matcher(template);
        StringBuilder target = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "corpus" -> corpus;
                case "id" -> template.startsWith("/jobs/") || template.startsWith("/exports/") ? "no-such-" + unique() : documentId;
                case "analysis" -> "frequency";
                case "name" -> !template.startsWith("/dictionaries/") ? "securityit-subcorpus"
                        : corpus.equals("seeds") ? DICTIONARY : "no-such-dictionary-" + unique();
                case "word" -> "no-such-word";
                case "step" -> "no-such-step";
                default -> throw new AssertionError("Route " + template + " has the variable {" + variable.group(1)
                        + "}, which this test cannot fill yet: teach it");
            };
            variable.appendReplacement(target, Matcher.quoteReplacement(ApiCalls.encode(value)));
        }
        variable.appendTail(target);
        return target.toString();
    }

    /** @return the query parameters a route needs to do its work, so that only the role can refuse it */
    private static String parameters(String template, String missing) {
        return switch (template) {
            case "/analyses/{analysis}/run" -> "?corpus=seeds&limit=1";
            case "/analyses/{analysis}/export" -> "?corpus=seeds&format=csv&min_count=50";
            case "/corpora/{corpus}/concordance" -> "?query=" + ApiCalls.encode("\"聊城\"");
            case "/corpora/{corpus}" -> "?filename=page.txt&mode=add";
            case "/corpora/{corpus}/rename" -> "?to=" + missing + "-renamed";
            case "/corpora/{corpus}/subcorpora/{name}" -> "?selection=0-1";
            case "/cleaning/{step}" -> "?enabled=true";
            default -> "";
        };
    }

    private void assertAuthorised(String call, HttpResponse<byte[]> response) throws IOException {
        int status = response.statusCode();
        assertTrue(call + " -> " + status + " " + text(response), status != 401 && status != 403 && status < 500);
        if (status >= 400) {
            assertJsonError(call, response, status);
        }
    }

    // ------------------------------------------------------------------ 3. hostile input

    @Test
    public void hostileAddressesGetJsonErrorsWithoutServerPaths() throws Exception {
        CorpusInfo before = awaitSeeds();
        ApiCalls.Login admin = new ApiCalls.Login("admin", adminPassword());
        Path etc = Path.of(System.getProperty("karaf.etc"));
        String fullWidth12 = ApiCalls.encode("１２");

        assertJsonError("NUL in the path", api.send("GET", V1 + "/corpora/se%00eds", admin, null), 400);
        assertJsonError("NUL in the path, no credentials", api.send("GET", V1 + "/corpora/se%00eds", null, null), 400, 401);
        assertJsonError("NUL in a query value", api.send("GET", V1 + "/corpora/seeds/documents?offset=%00", admin, null), 400);
        assertJsonError("NUL in a query name", api.send("GET", V1 + "/corpora?%00=1", admin, null), 400);
        assertJsonError("line break in the path", api.send("GET", V1 + "/corpora/seeds%0D%0Ax", admin, null), 400);
        assertJsonError("traversal", api.send("GET", V1 + "/corpora/..%2f..%2fetc", admin, null), 400, 404);
        assertJsonError("traversal in a document id", api.send("GET",
                V1 + "/corpora/seeds/documents/..%2f..%2f..%2fetc%2fusers.properties", admin, null), 400, 404);
        assertJsonError("traversal, deleting", api.send("DELETE", V1 + "/corpora/..%2f..%2fetc", admin, null,
                "X-Requested-By", "corpusbench-itests"), 400, 404);
        assertJsonError("traversal, uploading", api.send("POST", V1 + "/corpora/..%2f..%2fetc?filename=..%2fusers.properties",
                admin, "x".getBytes(StandardCharsets.UTF_8), "X-Requested-By", "corpusbench-itests"), 400, 404);
        assertJsonError("10,000-character corpus name", api.send("GET", V1 + "/corpora/" + "a".repeat(10_000), admin, null),
                400, 414);
        assertJsonError("full-width digits in offset", api.send("GET", V1 + "/corpora/seeds/documents?offset=" + fullWidth12,
                admin, null), 400);
        assertJsonError("Arabic-Indic digits in limit", api.send("GET", V1 + "/corpora/seeds/documents?limit="
                + ApiCalls.encode("١٢"), admin, null), 400);
        assertJsonError("full-width digits in an analysis parameter", api.send("GET",
                V1 + "/analyses/frequency/run?corpus=seeds&min_count=" + fullWidth12, admin, null), 400);
        assertJsonError("NUL as a selection", api.send("GET", V1 + "/analyses/frequency/run?corpus=seeds&selection=%00",
                admin, null), 400);
        HttpResponse<byte[]> injected = api.send("POST", V1 + "/corpora/" + "no-such-corpus-" + unique()
                + "/rename?to=x%0D%0ASet-Cookie:%20a=b", admin, new byte[0], "X-Requested-By", "corpusbench-itests");
        assertJsonError("CR LF in a parameter", injected, 400);
        assertEquals(Optional.empty(), injected.headers().firstValue("Set-Cookie"));

        // request lines that java.net.URI refuses to build, sent as they are
        assertRawJsonError("a bad percent escape", ApiCalls.raw("GET", V1 + "/corpora/se%zzeds", admin), 400);
        assertRawJsonError("an overlong UTF-8 slash", ApiCalls.raw("GET", V1 + "/corpora/%C0%AF..%C0%AFetc", admin), 400, 404);
        assertRawJsonError("raw full-width digits", ApiCalls.raw("GET", V1 + "/corpora/seeds/documents?offset=１２", admin), 400);
        assertRawJsonError("a raw NUL in the query", ApiCalls.raw("GET", V1 + "/corpora/seeds/documents?offset=1%00", admin), 400);

        assertTrue(Files.isRegularFile(etc.resolve("users.properties")));
        assertEquals(Optional.of(before), corpus("seeds"));
        HttpResponse<byte[]> fine = api.send("GET", V1 + "/corpora/seeds/documents?offset=12&limit=1", admin, null);
        assertEquals("the same parameters in ASCII digits work", 200, fine.statusCode());
        assertEquals(12, json.readTree(fine.body()).get("offset").asInt());
    }

    // ------------------------------------------------------------------ 4. cross-site requests

    @Test
    public void crossSiteChangesAreRefusedAndTheReadmeUploadWorks() throws Exception {
        awaitSeeds();
        ApiCalls.Login admin = new ApiCalls.Login("admin", adminPassword());
        byte[] page = Files.readAllBytes(Path.of(System.getProperty("karaf.home"), "seeds", SEEDS_PAGE));
        String name = "xsite-" + unique();
        String stolen = name + "-stolen";
        String marker = "X-Requested-By";

        // a form any site could make a browser post: text/plain, no custom header
        HttpResponse<byte[]> formPost = api.send("POST", V1 + "/corpora/" + name + "?filename=page.txt", admin, page,
                "Content-Type", "text/plain");
        assertJsonError("upload as text/plain without " + marker, formPost, 403);
        assertEquals(Optional.empty(), corpus(name));

        // README's curl: --data-binary sends application/x-www-form-urlencoded; the body is still the file
        HttpResponse<byte[]> created = api.send("POST", V1 + "/corpora/" + name + "?filename=page.txt", admin, page,
                "Content-Type", "application/x-www-form-urlencoded", marker, "corpusbench");
        assertEquals(text(created), 202, created.statusCode());
        JsonNode job = awaitJob(created);
        assertEquals(job.toString(), "succeeded", job.get("state").asText());
        assertEquals("corpora/" + name, job.get("result").asText());
        CorpusView corpus = repository().require(name);
        assertTrue(corpus.documentCount() > 0);
        StringBuilder original = new StringBuilder();
        for (int i = 0; i < corpus.documentCount(); i++) {
            original.append(corpus.document(i).originalText());
        }
        assertEquals("the documents hold the uploaded page, not a form's fields", new String(page, StandardCharsets.UTF_8),
                original.toString());

        String rename = V1 + "/corpora/" + name + "/rename?to=" + stolen;
        assertJsonError("rename with a foreign Origin", api.send("POST", rename, admin, new byte[0],
                marker, "corpusbench", "Origin", "http://evil.example"), 403);
        assertJsonError("rename with a foreign Referer", api.send("POST", rename, admin, new byte[0],
                marker, "corpusbench", "Referer", "http://evil.example/page.html"), 403);
        assertJsonError("rename with a look-alike Origin", api.send("POST", rename, admin, new byte[0],
                marker, "corpusbench", "Origin", ApiCalls.ORIGIN + ".evil.example"), 403);
        assertJsonError("rename without " + marker, api.send("POST", rename, admin, new byte[0]), 403);
        assertJsonError("delete with a foreign Origin", api.send("DELETE", V1 + "/corpora/" + name, admin, null,
                marker, "corpusbench", "Origin", "http://evil.example"), 403);
        assertJsonError("delete without " + marker, api.send("DELETE", V1 + "/corpora/" + name, admin, null), 403);
        assertTrue("not renamed", corpus(name).isPresent());
        assertEquals(Optional.empty(), corpus(stolen));

        // the server's own origin is no cross-site request
        HttpResponse<byte[]> renamed = api.send("POST", rename, admin, new byte[0], marker, "corpusbench", "Origin", ApiCalls.ORIGIN);
        assertEquals(text(renamed), 200, renamed.statusCode());
        assertTrue(corpus(stolen).isPresent());

        HttpResponse<byte[]> deleted = api.send("DELETE", V1 + "/corpora/" + stolen, admin, null, marker, "corpusbench");
        assertEquals(text(deleted), 204, deleted.statusCode());
        assertEquals(Optional.empty(), corpus(stolen));
        assertEquals(Optional.empty(), corpus(name));
    }

    // ------------------------------------------------------------------ 5. bounded memory under parallel large requests

    /** What one streamed segmentation answered. */
    private record Outcome(int status, long bytes, String head, String tail, String retryAfter, String error) {
    }

    @Test
    public void parallelLargeSegmentationsAreServedOrRefusedWithinABoundedHeap() throws Exception {
        CorpusInfo before = awaitSeeds();
        awaitLogin(READER_LOGIN);
        long heapLimit = Runtime.getRuntime().maxMemory();
        assertTrue("the Karaf JVM runs with a limited heap: " + heapLimit, heapLimit <= (HEAP_LIMIT_MB + 64) << 20);
        byte[] body = seedText(SEGMENT_BODY_BYTES);
        long codePoints = codePoints(body);

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SEGMENTATIONS);
        List<Outcome> outcomes = new ArrayList<>();
        long started;
        long elapsed;
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL_SEGMENTATIONS);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL_SEGMENTATIONS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return segmentStreaming(body);
                }));
            }
            started = System.nanoTime();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.MINUTES));
            }
            elapsed = System.nanoTime() - started;
        } finally {
            pool.shutdownNow();
        }

        long served = 0;
        long busy = 0;
        long streamed = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.status() == 200) {
                served++;
                streamed += outcome.bytes();
                assertTrue(outcome.toString(), outcome.head().startsWith("{\"segmenter\":\"jieba\""));
                assertTrue("complete JSON: " + outcome, outcome.tail().endsWith("]}"));
                Matcher last = Pattern.compile("\"end\":(\\d+),\"type\":\"[a-z_]+\"\\}\\]\\}$").matcher(outcome.tail());
                assertTrue(outcome.toString(), last.find());
                assertEquals("the last token ends at the text's end: " + outcome, codePoints, Long.parseLong(last.group(1)));
            } else if (outcome.status() == 503) {
                busy++;
                assertNotNull(outcome.toString(), outcome.retryAfter());
                assertStatusBody("503", outcome.error(), 503);
            } else {
                fail("neither served nor refused as busy: " + outcome);
            }
        }
        long peakRssMb = procStatusKb("VmHWM") / 1024;
        String figures = String.format("SecurityIT figures: %d parallel POST /corpus/api/v1/segment of %.1f MB each: %d served (200), "
                + "%d refused (503), %.1f s elapsed, %d MB of JSON streamed back; Karaf JVM peak RSS (VmHWM) %d MB, "
                + "heap limit %d MB, processors %d", PARALLEL_SEGMENTATIONS, body.length / 1e6, served, busy, elapsed / 1e9,
                streamed >> 20, peakRssMb, heapLimit >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println(figures);
        report(figures);

        assertTrue("at least one served", served >= 1);
        for (Path log : karafLogs()) {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                assertFalse(log + " reports an OutOfMemoryError", lines.anyMatch(line -> line.contains("OutOfMemoryError")));
            }
        }
        assertEquals("seeds unharmed", before.tokens(), repository().require("seeds").info().tokens());
        HttpResponse<byte[]> after = api.send("POST", V1 + "/segment", READER_LOGIN, "聊城市".getBytes(StandardCharsets.UTF_8),
                "X-Requested-By", "corpusbench-itests");
        assertEquals("the server still segments: " + text(after), 200, after.statusCode());
    }

    private Outcome segmentStreaming(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = api.request("POST", V1 + "/segment?segmenter=jieba&mode=accurate", READER_LOGIN, body,
                "Content-Type", "text/plain; charset=UTF-8", "X-Requested-By", "corpusbench-itests")
                .timeout(Duration.ofMinutes(20)).build();
        HttpResponse<InputStream> response = api.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                String error = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return new Outcome(response.statusCode(), error.length(), "", "", retryAfter, error);
            }
            byte[] buffer = new byte[1 << 16];
            byte[] head = new byte[64];
            int headLength = 0;
            byte[] tail = new byte[256];
            int tailLength = 0;
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (headLength < head.length) {
                    int copy = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                if (read >= tail.length) {
                    System.arraycopy(buffer, read - tail.length, tail, 0, tail.length);
                    tailLength = tail.length;
                } else {
                    int keep = Math.min(tailLength, tail.length - read);
                    System.arraycopy(tail, tailLength - keep, tail, 0, keep);
                    System.arraycopy(buffer, 0, tail, keep, read);
                    tailLength = keep + read;
                }
                total += read;
            }
            return new Outcome(200, total, new String(head, 0, headLength, StandardCharsets.UTF_8),
                    new String(tail, 0, tailLength, StandardCharsets.UTF_8), retryAfter, null);
        }
    }

    /** @return about {@code size} bytes of UTF-8: the seed pages, whole, repeated */
    private static byte[] seedText(int size) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("karaf.home"), "seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
                pages.add(Files.readAllBytes(file));
            }
        }
        assertEquals(5, pages.size());
        byte[] text = new byte[size];
        int length = 0;
        for (int i = 0; length + pages.get(i % pages.size()).length <= size; i++) {
            byte[] page = pages.get(i % pages.size());
            System.arraycopy(page, 0, text, length, page.length);
            length += page.length;
        }
        return Arrays.copyOf(text, length);
    }

    private static long codePoints(byte[] utf8) {
        long count = 0;
        for (byte b : utf8) {
            if ((b & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    private static long procStatusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
            }
        }
        throw new AssertionError("No " + field + " in /proc/self/status");
    }

    private static List<Path> karafLogs() throws IOException {
        Path folder = Path.of(System.getProperty("karaf.data"), "log");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("karaf.log")).collect(Collectors.toList());
            assertTrue("karaf.log in " + folder, logs.contains(folder.resolve("karaf.log")));
            return logs;
        }
    }

    /** Appends a line to target/securityit-figures.txt of the itests module, for whoever reads the build's results. */
    private static void report(String line) throws IOException {
        String folder = System.getProperty("corpusbench.itests.reports");
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            Files.writeString(Path.of(folder, "securityit-figures.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    // ------------------------------------------------------------------ shared checks

    private void awaitLogin(ApiCalls.Login login) throws InterruptedException {
        await(login + " to log in over REST", () -> {
            try {
                return api.send("GET", V1 + "/corpora", login, null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** The status is one of those expected and the body is {"status":..,"error":..} without server paths. */
    private void assertJsonError(String call, HttpResponse<byte[]> response, int... expected) throws IOException {
        int status = response.statusCode();
        assertTrue(call + " -> " + status + " " + text(response), Arrays.stream(expected).anyMatch(e -> e == status));
        assertTrue(call + ": " + response.headers().map(),
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertStatusBody(call, text(response), status);
    }

    private void assertRawJsonError(String call, ApiCalls.RawResponse response, int... expected) throws IOException {
        assertTrue(call + " -> " + response.status() + " " + response.text(),
                Arrays.stream(expected).anyMatch(e -> e == response.status()));
        assertTrue(call + ": " + response.headers(), response.headers().getOrDefault("content-type", "").startsWith("application/json"));
        assertStatusBody(call, response.text(), response.status());
    }

    private void assertStatusBody(String call, String body, int status) throws IOException {
        JsonNode error;
        try {
            error = json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(call + ": the body is not JSON: " + body, e);
        }
        assertTrue(call + ": " + body, error != null && error.isObject());
        assertEquals(call + ": " + body, status, error.path("status").asInt());
        assertTrue(call + ": " + body, error.path("error").isTextual() && !error.path("error").asText().isBlank());
        for (String path : serverPaths()) {
            assertFalse(call + " reveals " + path + ": " + body, body.contains(path));
        }
        assertFalse(call + " has a stack trace: " + body, body.contains("\tat ") || body.contains("Exception:"));
        assertFalse(call + " reveals a password hash: " + body, body.contains("{CRYPT}"));
    }

    private static Set<String> serverPaths() {
        Set<String> paths = new TreeSet<>();
        for (String property : List.of("karaf.home", "karaf.base", "karaf.data", "karaf.etc")) {
            Path path = Path.of(System.getProperty(property)).toAbsolutePath().normalize();
            paths.add(path.toString());
            try {
                paths.add(path.toRealPath().toString());
            } catch (IOException e) {
                // the absolute path is checked anyway
            }
        }
        return paths;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
