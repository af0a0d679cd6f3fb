package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Assume;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runners.model.Statement;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExamServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page in a real headless Chromium, driven by Selenium from outside the container: Pax Exam
 * boots our distribution as a server (no probe: Selenium is no OSGi bundle), and the test logs in
 * as a user does, uploads a zip as a job, reads the reports, filters the documents and reads them
 * with the cleaning marked, re-cleans, renames and deletes (concordance, analyses and charts:
 * WebPageChartsIT). Every view is photographed into {@code target/screenshots} under the name the
 * README may use. What the page shows is compared with what REST v1 answers for the same request,
 * never with numbers written here.
 */
public class WebPageIT extends WorkbenchTestSupport {
    /** Karaf's web console wants its own admin role as well as a corpus role for our page. */
    static final ApiCalls.Login ADMIN = new ApiCalls.Login("page-admin", "Admin-page-Orchard-5270");
    /** Ports of its own, so this test can run while another Pax Exam test holds the usual ones. */
    static final int PORT = 18182;
    static final String ORIGIN = "http://127.0.0.1:" + PORT;
    /** REST v1, the API the page calls. */
    static final String V1 = "/corpus/api/v1";
    /** The corpus the test uploads, renames and deletes. */
    private static final String UPLOADED = "page-two";

    /** One Karaf for the whole class, started only when there is a browser to test with. */
    @ClassRule
    public static final TestRule EXAM = RuleChain.outerRule((base, description) -> new Statement() {
        @Override
        public void evaluate() throws Throwable {
            assumeBrowser();
            base.evaluate();
        }
    }).around(new PaxExamServer());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                ports(PORT, 18102, 11098, 44446),
                editConfigurationFilePut("etc/users.properties", ADMIN.user(), ADMIN.password() + ",corpus-admin,admin"),
                editConfigurationFilePut("etc/users.properties", SecurityIT.READER, SecurityIT.READER_PASSWORD + ",corpus-reader"));
    }

    /** Without Debian's browser the test is skipped, unless the test setup promised it (CI). */
    private static void assumeBrowser() {
        boolean present = Files.isExecutable(Path.of(Browser.DRIVER)) && Files.isExecutable(Path.of(Browser.CHROMIUM));
        if (!present && "required".equals(System.getProperty("browser.tests"))) {
            throw new AssertionError("The browser test is required but " + Browser.CHROMIUM + " or " + Browser.DRIVER + " is missing");
        }
        Assume.assumeTrue("chromium and chromium-driver are not installed", present);
    }

    @Test
    public void anAdminUploadsAZipAsAJobReadsItsDocumentsAndSeesWhatCleaningDid() throws Exception {
        awaitWorkbench();
        Path zip = twoSeedPages();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
            assertFalse("an admin may upload", driver.findElements(By.id("upload-form")).isEmpty());
            screenshot(driver, "page-corpora");

            upload(browser, zip);
            reports(browser);
            String filtered = documents(browser);
            reader(browser, filtered);
            recleanRenameAndDelete(browser);
            cancelALoad(browser);
        }
    }

    /** A zip of the first two seed pages, as a user would pack them. */
    private static Path twoSeedPages() throws IOException {
        Path seeds = Path.of("..", "seeds");
        List<Path> pages;
        try (Stream<Path> files = Files.list(seeds)) {
            pages = files.filter(file -> file.toString().endsWith(".txt")).sorted().limit(2).collect(Collectors.toList());
        }
        assertEquals("two seed pages in " + seeds.toAbsolutePath(), 2, pages.size());
        Path zip = Files.createTempDirectory("webpage").resolve("two-pages.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path page : pages) {
                out.putNextEntry(new ZipEntry(page.getFileName().toString()));
                Files.copy(page, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** The zip through the form: its bytes, then the job that loads it, then the corpus in the list and the job in the panel. */
    private void upload(Browser browser, Path zip) throws Exception {
        WebDriver driver = browser.driver();
        new Select(driver.findElement(By.id("upload-mode"))).selectByValue("create");
        driver.findElement(By.id("upload-name")).sendKeys(UPLOADED);
        driver.findElement(By.id("upload-file")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
        String row = "#corpora-table tr[data-corpus='" + UPLOADED + "']";
        browser.await("the upload's job to succeed and the corpus to be listed",
                () -> !driver.findElements(By.cssSelector(row)).isEmpty());
        JsonNode corpus = json.readTree(send("GET", V1 + "/corpora/" + UPLOADED, ADMIN, null).body());
        assertEquals(2, corpus.get("sources").asInt());
        assertEquals(corpus.get("documents").asText(), driver.findElement(By.cssSelector(row + " td:nth-child(2)")).getText());
        browser.await("the finished job in the jobs panel", () -> !driver.findElements(
                By.cssSelector("#jobs-table tr.job[data-state='succeeded']")).isEmpty());
        screenshot(driver, "page-upload-job");
    }

    /** A corpus's provenance, load report and cleaning report, one row per source as the API gives them. */
    private void reports(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        driver.findElement(By.cssSelector("#corpora-table tr[data-corpus='" + UPLOADED + "'] button.show-corpus")).click();
        browser.await("the load report", () -> !driver.findElements(By.cssSelector("#load-report tbody tr")).isEmpty());
        JsonNode load = json.readTree(send("GET", V1 + "/corpora/" + UPLOADED + "/report", ADMIN, null).body());
        JsonNode cleaning = json.readTree(send("GET", V1 + "/corpora/" + UPLOADED + "/cleaning", ADMIN, null).body());
        assertEquals(load.get("summary").asText(), driver.findElement(By.id("load-summary")).getText());
        assertEquals(load.get("sources").size(), driver.findElements(By.cssSelector("#load-report tbody tr")).size());
        assertEquals(cleaning.get("sources").size(), driver.findElements(By.cssSelector("#cleaning-report tbody tr")).size());
        String steps = driver.findElement(By.id("cleaning-report")).getText();
        cleaning.get("sources").get(0).get("steps").fieldNames().forEachRemaining(step -> assertTrue(step, steps.contains(step)));
        screenshot(driver, "page-corpus-reports");
    }

    /**
     * The documents tab: the corpus's documents with the API's total, a wrong expression's error where it was
     * typed, and a filter that narrows them to what the API selects for it.
     *
     * @return the selection expression the table was left filtered by
     */
    private String documents(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("tab-documents")).click();
        new Select(driver.findElement(By.id("documents-corpus"))).selectByValue(UPLOADED);
        JsonNode all = documentsOf("");
        int total = all.get("total").asInt();
        browser.await("the uploaded corpus's documents", () -> rows(driver) == Math.min(20, total)
                && driver.findElement(By.id("documents-count")).getText().contains(Integer.toString(total)));
        assertTrue("a headline column", !driver.findElements(By.cssSelector("#documents-table th[data-key='headline']")).isEmpty()
                || !all.at("/documents/0/metadata").has("headline"));

        String broken = "date>>2023";
        filter(driver, broken);
        browser.await("the expression's error", () -> !driver.findElement(By.id("documents-error")).getText().isBlank());
        HttpResponse<byte[]> refused = send("GET", V1 + "/corpora/" + UPLOADED + "/documents?selection=" + encode(broken), ADMIN, null);
        assertEquals(400, refused.statusCode());
        assertEquals(json.readTree(refused.body()).get("error").asText(), driver.findElement(By.id("documents-error")).getText());

        String selection = narrowing(all);
        int selected = documentsOf(selection).get("total").asInt();
        filter(driver, selection);
        browser.await("the documents of " + selection, () -> rows(driver) == Math.min(20, selected)
                && driver.findElement(By.id("documents-count")).getText().contains(Integer.toString(selected)));
        assertTrue(driver.findElement(By.id("documents-error")).getText().isBlank());
        screenshot(driver, "page-documents");
        return selection;
    }

    /** An expression that selects some of the documents but not all: one source of the two, else a page. */
    private String narrowing(JsonNode all) throws Exception {
        JsonNode first = all.at("/documents/0");
        List<String> candidates = new ArrayList<>(List.of("source=" + first.get("sourceId").asText()));
        first.get("metadata").fields().forEachRemaining(field -> candidates.add(field.getKey() + "=" + field.getValue().asText()));
        for (String candidate : candidates) {
            HttpResponse<byte[]> page = send("GET", V1 + "/corpora/" + UPLOADED + "/documents?limit=1&selection=" + encode(candidate),
                    ADMIN, null);
            if (page.statusCode() == 200) {
                int selected = json.readTree(page.body()).get("total").asInt();
                if (selected > 0 && selected < all.get("total").asInt()) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("No expression among " + candidates + " narrows the documents of " + UPLOADED);
    }

    private JsonNode documentsOf(String selection) throws Exception {
        HttpResponse<byte[]> page = send("GET", V1 + "/corpora/" + UPLOADED + "/documents?limit=1000&selection=" + encode(selection),
                ADMIN, null);
        assertEquals(text(page), 200, page.statusCode());
        return json.readTree(page.body());
    }

    private static int rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#documents-table tr.document-row")).size();
    }

    private static void filter(WebDriver driver, String selection) {
        WebElement box = driver.findElement(By.id("documents-filter"));
        box.clear();
        box.sendKeys(selection);
        driver.findElement(By.id("documents-apply")).click();
    }

    /**
     * The reader view of the filtered documents: both texts whole beside each other, the original's dropped text
     * marked, one mark naming the metadata key whose value it holds, lines joined; a hit marked in both texts; on a
     * narrow window the texts stacked.
     */
    private void reader(Browser browser, String selection) throws Exception {
        WebDriver driver = browser.driver();
        JavascriptExecutor script = (JavascriptExecutor) driver;
        JsonNode page = documentsOf(selection);
        boolean sawMetadata = false;
        boolean sawJoined = false;
        String shown = null;
        for (int i = 0; i < Math.min(20, page.get("documents").size()) && !(sawMetadata && sawJoined); i++) {
            String id = page.at("/documents/" + i + "/id").asText();
            JsonNode document = json.readTree(send("GET", V1 + "/corpora/" + UPLOADED + "/documents/" + encode(id), ADMIN, null).body());
            driver.findElements(By.cssSelector("#documents-table tr.document-row")).get(i).click();
            browser.await("the reader view of " + id, () -> !driver.findElements(By.cssSelector("#document-view #document-original")).isEmpty()
                    && driver.findElement(By.cssSelector("#document-view header")).getText().contains(id));
            // the marks only mark: each pane holds its text whole
            assertEquals(document.get("originalText").asText(), script.executeScript(
                    "return document.getElementById('document-original').textContent"));
            assertEquals(document.get("cleanedText").asText(), script.executeScript(
                    "return document.getElementById('document-text').textContent"));
            assertFalse("the legend", driver.findElements(By.cssSelector("#document-legend .cut")).isEmpty());
            for (WebElement moved : driver.findElements(By.cssSelector("#document-original .cut.metadata"))) {
                String key = moved.getAttribute("data-key").split(", ")[0];
                String value = document.get("metadata").get(key).asText();
                String dropped = moved.getAttribute("textContent");
                assertTrue(dropped + " holds the value of " + key + ": " + value, dropped.contains(value)
                        || List.of(value.split("[\\s,，、;；/]+")).stream().anyMatch(part -> part.length() >= 2 && dropped.contains(part)));
                assertFalse("the metadata table names " + key,
                        driver.findElements(By.cssSelector("#document-metadata tr[data-key='" + key + "']")).isEmpty());
                shown = sawMetadata ? shown : id;
                sawMetadata = true;
            }
            sawJoined |= !driver.findElements(By.cssSelector("#document-original .cut.joined")).isEmpty();
            driver.findElement(By.id("document-close")).click();
        }
        assertTrue("a mark of text moved to metadata in the documents of " + selection, sawMetadata);
        assertTrue("a mark of a joined line break in the documents of " + selection, sawJoined);

        // a hit, as a concordance line opens it: two characters of a kept run halfway down, marked in both texts
        JsonNode document = json.readTree(send("GET", V1 + "/corpora/" + UPLOADED + "/documents/" + encode(shown), ADMIN, null).body());
        JsonNode kept = document.get("kept");
        JsonNode run = null;
        for (int i = kept.size() / 2; i < kept.size() && run == null; i++) {
            if (kept.get(i).get(1).asInt() - kept.get(i).get(0).asInt() >= 2) {
                run = kept.get(i);
            }
        }
        assertTrue("a kept run of two characters", run != null);
        int start = run.get(0).asInt();
        String expected = new String(document.get("cleanedText").asText().codePoints().skip(start).limit(2).toArray(), 0, 2);
        openAtHit(browser, shown, start, expected);
        assertTrue("the texts side by side", sideBySide(script));
        screenshot(driver, "page-reader");
        driver.findElement(By.id("document-close")).click();

        driver.findElement(By.id("language")).click();
        driver.manage().window().setSize(new Dimension(400, 860));
        screenshot(driver, "page-documents-narrow-zh");
        openAtHit(browser, shown, start, expected);
        browser.await("the texts stacked on a narrow window", () -> !sideBySide(script));
        screenshot(driver, "page-reader-narrow-zh");
        driver.findElement(By.id("document-close")).click();
        driver.findElement(By.id("language")).click();
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    /** Opens a document at a hit of two characters as a concordance line does, and checks it is marked in both texts. */
    private static void openAtHit(Browser browser, String id, int start, String expected) {
        WebDriver driver = browser.driver();
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/corpus/page/document.js').then(m => m.openDocument(arguments[0], arguments[1], [arguments[2], arguments[2] + 2]))"
                + ".then(done, e => done(String(e)));", UPLOADED, id, start);
        browser.await("the hit", () -> !driver.findElements(By.cssSelector("#document-text mark#hit")).isEmpty());
        assertEquals(expected, driver.findElement(By.cssSelector("#document-text mark#hit")).getAttribute("textContent"));
        assertEquals(expected, driver.findElement(By.cssSelector("#document-original mark#original-hit")).getAttribute("textContent"));
        Boolean visible = (Boolean) ((JavascriptExecutor) driver).executeScript("return ['hit', 'original-hit'].every(id => {"
                + "const mark = document.getElementById(id).getBoundingClientRect();"
                + "const pane = document.getElementById(id).closest('.text').getBoundingClientRect();"
                + "return mark.top >= pane.top && mark.bottom <= pane.bottom; });");
        assertTrue("both hits scrolled into their texts' view", visible);
    }

    private static boolean sideBySide(JavascriptExecutor script) {
        return Boolean.TRUE.equals(script.executeScript("const [a, b] = document.querySelectorAll('#document-view .text-column');"
                + "return a.getBoundingClientRect().top === b.getBoundingClientRect().top;"));
    }

    /** Re-cleaning as a job, the jobs still listed after a reload, then rename and delete with their confirmations. */
    private void recleanRenameAndDelete(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("tab-corpora")).click();
        String row = "#corpora-table tr[data-corpus='" + UPLOADED + "']";
        driver.findElement(By.cssSelector(row + " button.reclean-corpus")).click();
        browser.await("the re-cleaning job to succeed", () -> driver.findElement(By.id("corpora-status")).getText().contains(UPLOADED)
                && driver.findElements(By.cssSelector("#jobs-table tr.job[data-state='succeeded']")).size() >= 2);
        driver.navigate().refresh();
        browser.await("the jobs after a reload", () -> driver.findElements(By.cssSelector("#jobs-table tr.job[data-state='succeeded']"))
                .size() >= 2);
        screenshot(driver, "page-jobs");

        String renamed = UPLOADED + "-renamed";
        browser.await("the corpus after the reload", () -> !driver.findElements(By.cssSelector(row)).isEmpty());
        driver.findElement(By.cssSelector(row + " button.rename-corpus")).click();
        driver.switchTo().alert().sendKeys(renamed);
        driver.switchTo().alert().accept();
        String renamedRow = "#corpora-table tr[data-corpus='" + renamed + "']";
        browser.await("the renamed corpus", () -> !driver.findElements(By.cssSelector(renamedRow)).isEmpty()
                && driver.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(404, send("GET", V1 + "/corpora/" + UPLOADED, ADMIN, null).statusCode());

        driver.findElement(By.cssSelector(renamedRow + " button.delete-corpus")).click();
        driver.switchTo().alert().dismiss();
        assertEquals("a dismissed confirmation deletes nothing", 200, send("GET", V1 + "/corpora/" + renamed, ADMIN, null).statusCode());
        driver.findElement(By.cssSelector(renamedRow + " button.delete-corpus")).click();
        driver.switchTo().alert().accept();
        browser.await("the deleted corpus to go", () -> driver.findElements(By.cssSelector(renamedRow)).isEmpty());
        assertEquals(404, send("GET", V1 + "/corpora/" + renamed, ADMIN, null).statusCode());
    }

    /**
     * A load of some 20 MB, cancelled from the jobs panel while it is queued or running: the job ends cancelled as the
     * API has it, the upload form says so, and the corpus list agrees with the API's.
     */
    private void cancelALoad(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        Path big = Files.createTempDirectory("webpage").resolve("many-pages.txt");
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            pages = files.filter(file -> file.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            while (Files.size(big) < (20 << 20)) {
                for (Path page : pages) {
                    out.write(Files.readString(page, StandardCharsets.UTF_8));
                    out.write("\n\n");
                }
                out.flush();
            }
        }
        String name = "page-cancelled";
        new Select(driver.findElement(By.id("upload-mode"))).selectByValue("create");
        driver.findElement(By.id("upload-name")).sendKeys(name);
        driver.findElement(By.id("upload-file")).sendKeys(big.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
        String unfinished = "#jobs-table tr.job[data-state='queued'] button.cancel-job, #jobs-table tr.job[data-state='running'] button.cancel-job";
        browser.await("the load with its Cancel button", () -> !driver.findElements(By.cssSelector(unfinished)).isEmpty());
        WebElement cancel = driver.findElement(By.cssSelector(unfinished));
        String job = cancel.findElement(By.xpath("./ancestor::tr")).getAttribute("data-job");
        cancel.click();
        browser.await("the job cancelled", () -> !driver.findElements(
                By.cssSelector("#jobs-table tr.job[data-job='" + job + "'][data-state='cancelled']")).isEmpty());
        assertEquals("cancelled", json.readTree(send("GET", V1 + "/jobs/" + job, ADMIN, null).body()).get("state").asText());
        browser.await("the upload form's word on it", () -> driver.findElement(By.id("corpora-status")).getText().contains("cancelled"));
        boolean stored = send("GET", V1 + "/corpora/" + name, ADMIN, null).statusCode() == 200;
        browser.await("the list as the API has it", () -> stored
                == !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='" + name + "']")).isEmpty());
        if (stored) {
            assertEquals(204, send("DELETE", V1 + "/corpora/" + name, ADMIN, null, "X-Requested-By", "WebPageIT").statusCode());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    public void aReaderSeesNoAdminControlsAndTheApiRefusesThem() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(SecurityIT.READER_LOGIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
            assertEquals("false", driver.findElement(By.id("who")).getAttribute("data-admin"));
            assertFalse("a reader reads the reports", driver.findElements(By.cssSelector("button.show-corpus")).isEmpty());
            assertFalse("a reader sees their jobs", driver.findElements(By.id("jobs-panel")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector(".admin-control, #upload-form, button.delete-corpus, button.reclean-corpus, "
                    + "button.rename-corpus")).isEmpty());
            screenshot(driver, "page-reader-corpora");
        }
        assertEquals("the upload", 403, send("POST", V1 + "/corpora/reader-upload?filename=a.txt", SecurityIT.READER_LOGIN,
                "聊城".getBytes(StandardCharsets.UTF_8), "X-Requested-By", "WebPageIT", "Content-Type", "application/octet-stream")
                .statusCode());
        for (String[] call : new String[][] {{"DELETE", "/corpora/seeds"}, {"POST", "/corpora/seeds/reclean"},
                {"POST", "/corpora/seeds/rename?to=reader-renamed"}}) {
            assertEquals(call[0] + " " + call[1], 403, send(call[0], V1 + call[1], SecurityIT.READER_LOGIN, null,
                    "X-Requested-By", "WebPageIT").statusCode());
        }
    }

    @Test
    public void theWebConsolePageRunsTheSameApplication() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/system/console/corpus")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora in the console", () -> !driver.findElements(
                    By.cssSelector("#corpus-app #corpora-table tr[data-corpus='seeds']")).isEmpty());
            screenshot(driver, "page-web-console");
        }
    }

    /** Out of the container there is no repository service to ask: the REST API says when seeds is there. */
    private void awaitWorkbench() throws InterruptedException {
        await("the workbench with the seeds corpus", () -> {
            try {
                HttpResponse<byte[]> corpora = send("GET", V1 + "/corpora", ADMIN, null);
                return corpora.statusCode() == 200 && text(corpora).contains("\"seeds\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** A request as any client sends it: headers are name, value, name, value, ... */
    private HttpResponse<byte[]> send(String method, String target, ApiCalls.Login login, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + target)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", login.header());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
