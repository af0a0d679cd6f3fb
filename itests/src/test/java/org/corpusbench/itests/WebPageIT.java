package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.Map;
import java.util.stream.Collectors;
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
 * as a user does, queries, reads, charts and downloads. Every view is photographed into
 * {@code target/screenshots}. What the page shows is compared with what the REST API answers for
 * the same request, never with numbers written here.
 */
public class WebPageIT extends WorkbenchTestSupport {
    /** Karaf's web console wants its own admin role as well as a corpus role for our page. */
    static final ApiCalls.Login ADMIN = new ApiCalls.Login("page-admin", "Admin-page-Orchard-5270");
    /** Ports of its own, so this test can run while another Pax Exam test holds the usual ones. */
    static final int PORT = 18182;
    static final String ORIGIN = "http://127.0.0.1:" + PORT;

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
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18102"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11098"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44446"),
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
    public void anAdminQueriesOpensTheHitChartsFrequencyAndDownloadsTheTable() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
            assertFalse("an admin may upload", driver.findElements(By.id("upload-form")).isEmpty());
            screenshot(driver, "1-corpora");

            uploadAndDelete(browser);
            concordance(browser);
            frequencyChartAndDownloads(browser);

            driver.findElement(By.id("language")).click();
            assertEquals("语料工作台", driver.findElement(By.cssSelector(".app-header h1")).getText());
            driver.manage().window().setSize(new Dimension(420, 860));
            driver.findElement(By.id("tab-concordance")).click();
            screenshot(driver, "5-concordance-narrow-zh");
        }
    }

    /** The admin's controls work: a file uploaded through the form becomes a corpus, and its Delete button removes it. */
    private void uploadAndDelete(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        Path file = Files.createTempDirectory("webpage").resolve("page-upload.txt");
        Files.writeString(file, "聊城市举行纪念“三八”国际妇女节活动。\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("upload-name")).sendKeys("page-upload");
        driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        String row = "#corpora-table tr[data-corpus='page-upload']";
        browser.await("the uploaded corpus", () -> !driver.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(200, send("GET", "/corpus/api/corpora/page-upload", ADMIN, null).statusCode());

        driver.findElement(By.cssSelector(row + " button.delete-corpus")).click();
        driver.switchTo().alert().accept();
        browser.await("the deleted corpus to go", () -> driver.findElements(By.cssSelector(row)).isEmpty());
        assertEquals(404, send("GET", "/corpus/api/corpora/page-upload", ADMIN, null).statusCode());
    }

    private void concordance(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("tab-concordance")).click();
        // a broken query: the API's 400 message appears under the box
        String broken = "\"发展";
        typeQuery(driver, broken);
        browser.await("the parse error", () -> !driver.findElement(By.id("kwic-error")).getText().isBlank());
        HttpResponse<byte[]> refused = send("GET", kwicTarget(broken), ADMIN, null);
        assertEquals(400, refused.statusCode());
        assertEquals(json.readTree(refused.body()).get("error").asText(), driver.findElement(By.id("kwic-error")).getText());

        String query = "\"发展\"";
        typeQuery(driver, query);
        browser.await("KWIC lines", () -> !driver.findElements(By.cssSelector("#kwic-table tr.kwic-line")).isEmpty());
        List<WebElement> lines = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line"));
        JsonNode expected = json.readTree(send("GET", kwicTarget(query), ADMIN, null).body());
        assertEquals(expected.get("rows").size(), lines.size());
        for (WebElement line : lines) {
            assertEquals("发展", line.findElement(By.cssSelector("td.node mark")).getText());
        }
        String hits = expected.at("/rows/0/1").asText();
        assertTrue(driver.findElement(By.id("kwic-count")).getText(), driver.findElement(By.id("kwic-count")).getText().contains(hits));
        screenshot(driver, "2-concordance");

        // the next page and another order show the lines the API gives for them
        driver.findElement(By.id("kwic-next")).click();
        JsonNode second = json.readTree(send("GET", kwicTarget(query).replace("page=1", "page=2"), ADMIN, null).body());
        String secondFirst = second.at("/rows/0/0").asText();
        browser.await("page 2", () -> firstLine(driver, "td.hit-number").equals(secondFirst));
        new Select(driver.findElement(By.id("kwic-sort"))).selectByValue("right1");
        JsonNode byRight = json.readTree(send("GET", kwicTarget(query).replace("sort=corpus", "sort=right1"), ADMIN, null).body());
        String rightFirst = byRight.at("/rows/0/0").asText();
        browser.await("lines sorted by the first word on the right", () -> firstLine(driver, "td.hit-number").equals(rightFirst));
        lines = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line"));

        WebElement first = lines.get(0);
        String document = first.getAttribute("data-document");
        first.click();
        browser.await("the document at the hit", () -> !driver.findElements(By.cssSelector("#document-text mark#hit")).isEmpty());
        assertEquals("发展", driver.findElement(By.cssSelector("#document-text mark#hit")).getText());
        assertTrue(driver.findElement(By.cssSelector("#document-view header")).getText().contains(document));
        Boolean visible = (Boolean) ((JavascriptExecutor) driver).executeScript("const hit = document.getElementById('hit');"
                + "const box = hit.getBoundingClientRect(), panel = hit.closest('.document-body').getBoundingClientRect();"
                + "return box.top >= panel.top && box.bottom <= panel.bottom;");
        assertTrue("the hit is scrolled into view", visible);
        screenshot(driver, "3-document");
        driver.findElement(By.id("document-close")).click();
    }

    private static String firstLine(WebDriver driver, String cell) {
        List<WebElement> cells = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line " + cell));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    private static void typeQuery(WebDriver driver, String query) {
        WebElement box = driver.findElement(By.id("cql"));
        box.clear();
        box.sendKeys(query);
        driver.findElement(By.id("kwic-run")).click();
    }

    private static String kwicTarget(String query) {
        return "/corpus/api/corpora/seeds/analyses/kwic?format=json&sort=corpus&page=1&page_size=25&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private void frequencyChartAndDownloads(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("tab-analyses")).click();
        new Select(driver.findElement(By.id("analysis-select"))).selectByValue("frequency");
        new Select(driver.findElement(By.id("analysis-corpus"))).selectByValue("seeds");
        driver.findElement(By.id("analysis-run")).click();
        browser.await("the frequency chart", () -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const el = document.getElementById('analysis-chart');"
                        + "return !!(window.echarts && echarts.getInstanceByDom(el) && !el.hidden);")));
        @SuppressWarnings("unchecked")
        Map<String, Object> option = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const o = echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption();"
                        + "return {words: o.xAxis[0].data, counts: o.series[0].data};");
        List<?> words = (List<?>) option.get("words");
        List<?> counts = (List<?>) option.get("counts");
        assertFalse(words.isEmpty());
        screenshot(driver, "4-frequency");
        Boolean ownOrigin = (Boolean) ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".every(entry => entry.name.startsWith(location.origin));");
        assertTrue("every script, style and call comes from the workbench itself, none from a CDN", ownOrigin);

        // the CSV link carries the form's parameters; its rows are the chart's bars
        String csvLink = driver.findElement(By.id("download-csv")).getAttribute("href");
        assertTrue(csvLink, csvLink.contains("format=csv") && csvLink.contains("min_count=1"));
        HttpResponse<byte[]> csv = send("GET", csvLink.substring(ORIGIN.length()), ADMIN, null);
        assertEquals(200, csv.statusCode());
        List<String[]> table;
        // past the byte order mark and the provenance comments, the table
        String rows = text(csv).replace("\uFEFF", "").lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n"));
        try (CSVReader reader = new CSVReader(new StringReader(rows))) {
            table = reader.readAll();
        }
        List<String> header = List.of(table.get(0));
        List<String> csvWords = new ArrayList<>();
        List<Long> csvCounts = new ArrayList<>();
        for (String[] row : table.subList(1, 1 + words.size())) {
            csvWords.add(row[header.indexOf("word")]);
            csvCounts.add(Long.parseLong(row[header.indexOf("count")]));
        }
        assertEquals(csvWords, words);
        assertEquals(csvCounts, counts.stream().map(n -> ((Number) n).longValue()).collect(Collectors.toList()));
        assertEquals(Math.min(30, table.size() - 1), words.size());
    }

    @Test
    public void aReaderSeesNoAdminControlsAndTheApiRefusesThem() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(SecurityIT.READER_LOGIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
            assertEquals("false", driver.findElement(By.id("who")).getAttribute("data-admin"));
            assertTrue(driver.findElements(By.cssSelector(".admin-control, #upload-form, button.delete-corpus")).isEmpty());
            screenshot(driver, "6-reader-corpora");
        }
        assertEquals(403, send("DELETE", "/corpus/api/corpora/seeds", SecurityIT.READER_LOGIN, null,
                "X-Requested-By", "WebPageIT").statusCode());
        assertEquals(403, send("POST", "/corpus/api/corpora/reader-upload?filename=a.txt", SecurityIT.READER_LOGIN,
                "聊城".getBytes(StandardCharsets.UTF_8), "X-Requested-By", "WebPageIT").statusCode());
    }

    @Test
    public void theWebConsolePageRunsTheSameApplication() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/system/console/corpus")) {
            WebDriver driver = browser.driver();
            browser.await("the corpora in the console", () -> !driver.findElements(
                    By.cssSelector("#corpus-app #corpora-table tr[data-corpus='seeds']")).isEmpty());
            screenshot(driver, "7-web-console");
        }
    }

    /** Out of the container there is no repository service to ask: the REST API says when seeds is there. */
    private void awaitWorkbench() throws InterruptedException {
        await("the workbench with the seeds corpus", () -> {
            try {
                HttpResponse<byte[]> corpora = send("GET", "/corpus/api/corpora", ADMIN, null);
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
