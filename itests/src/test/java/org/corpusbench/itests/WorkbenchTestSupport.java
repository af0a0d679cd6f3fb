package org.corpusbench.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots our own distribution (karaf-assembly) with its own ports, and offers what a user does:
 * console commands, HTTP calls with the admin's credentials, files in deploy/.
 */
public abstract class WorkbenchTestSupport {
    static final int HTTP_PORT = 18181;
    /** The versioned REST API's root. */
    static final String REST_V1 = "/corpus/api/v1";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected BundleContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Configuration
    public Option[] configuration() {
        String distribution = new File(System.getProperty("corpusbench.distribution")).toURI().toString();
        String mavenSettings = "etc/org.ops4j.pax.url.mvn.cfg";
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(distribution).name("Corpus Workbench").karafVersion("4.4.10")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            // Pax Exam's own bundles come from the local repository, else from Central (STACK.md, gotcha 7)
            editConfigurationFilePut(mavenSettings, "org.ops4j.pax.url.mvn.localRepository", System.getProperty("maven.repo.local")),
            editConfigurationFilePut(mavenSettings, "org.ops4j.pax.url.mvn.repositories", "https://repo1.maven.org/maven2@id=central"),
            // Ports of our own, so a running workbench does not clash with the tests
            ports(HTTP_PORT, 18101, 11099, 44445),
            systemProperty("corpusbench.example.bundle").value(System.getProperty("corpusbench.example.bundle")),
            systemProperty("corpusbench.thulac.bundle").value(System.getProperty("corpusbench.thulac.bundle")),
            java9PlusOptions(),
        };
    }

    /**
     * The ports a test's Karaf listens on; a test class with ports of its own (added after the
     * common ones, so they win) can run while another holds the usual ones.
     */
    protected static Option ports(int http, int ssh, int rmiRegistry, int rmiServer) {
        return composite(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ssh)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(rmiRegistry)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(rmiServer)));
    }

    /** The flags bin/karaf adds on Java 9 and later, which Pax Exam 4.14 does not (STACK.md, gotcha 6). */
    private static Option java9PlusOptions() {
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*:lib/boot/*");
    }

    /** Runs a console command as the admin and returns what it printed; a failure's message follows "ERROR: ". */
    protected String executeCommand(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("manager"));
        admin.getPrincipals().add(new RolePrincipal("viewer"));
        admin.getPrincipals().add(new RolePrincipal("corpus-admin"));
        try {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (Exception e) {
            Throwable cause = e instanceof java.security.PrivilegedActionException ? e.getCause() : e;
            out.println("ERROR: " + cause.getMessage());
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The admin's password: from the environment if the distribution took it from there, else the generated file. */
    protected static String adminPassword() throws IOException {
        String fromEnvironment = System.getenv("CORPUS_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return Files.readString(passwordFile()).trim();
    }

    protected static Path passwordFile() {
        return Path.of(System.getProperty("karaf.etc"), "admin.password");
    }

    protected HttpResponse<byte[]> get(String path, boolean withCredentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60));
        if (withCredentials) {
            String credentials = "admin:" + adminPassword();
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        String credentials = "admin:" + adminPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-By", "corpusbench-itests").build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Follows, as the admin, the job that an answer of 202 from the REST API names in its Location,
     * until it has finished.
     *
     * @return the finished job as the API describes it (state, result or error ...)
     */
    protected com.fasterxml.jackson.databind.JsonNode awaitJob(HttpResponse<byte[]> accepted) throws Exception {
        String location = accepted.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location in " + accepted.headers().map() + ": " + text(accepted)));
        String target = location.contains(REST_V1) ? location.substring(location.indexOf(REST_V1)) : REST_V1 + "/" + location;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode[] job = new com.fasterxml.jackson.databind.JsonNode[1];
        await("the job at " + target, () -> {
            try {
                job[0] = json.readTree(get(target, true).body());
                return java.util.Set.of("succeeded", "failed", "cancelled").contains(job[0].path("state").asText());
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return job[0];
    }

    /**
     * A command's output without the progress line a slow run shows first (rewritten with carriage
     * returns and ended by a line break), so tests on a busy machine see the answer as a quick run prints it.
     */
    protected static String answer(String output) {
        return output.startsWith("\r") && output.contains("\n") ? output.substring(output.indexOf('\n') + 1) : output;
    }

    protected static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * The service registered now. Looked up on each use, not injected once: a test restarts the
     * repository bundle, which replaces the repository and every component that uses it.
     */
    protected <T> T service(Class<T> type) throws InterruptedException {
        await("a " + type.getSimpleName() + " service", () -> context.getServiceReference(type) != null);
        ServiceReference<T> reference = context.getServiceReference(type);
        return context.getService(reference);
    }

    protected CorpusRepository repository() throws InterruptedException {
        return service(CorpusRepository.class);
    }

    /** Waits for the seeds corpus that the distribution imports on its first start. */
    protected CorpusInfo awaitSeeds() throws InterruptedException {
        await("the seeds corpus to be imported", () -> seeds().isPresent());
        return seeds().orElseThrow();
    }

    private Optional<CorpusInfo> seeds() {
        try {
            return repository().list().stream().filter(info -> info.name().equals("seeds")).findFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    protected static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what + " after " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }
}
