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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * The page's charts in a real headless Chromium, set up as {@link WebPageIT} is: each chart is drawn
 * from what the form asked, and its data, read back through ECharts' {@code getOption()}, is the
 * REST API's answer for the same request (the page's JSON download, or a v1 run the test makes
 * itself), never numbers written here. Every chart is photographed into {@code target/screenshots}.
 */
public class WebPageChartsIT extends WorkbenchTestSupport {
    static final ApiCalls.Login ADMIN = new ApiCalls.Login("charts-admin", "Admin-charts-Meadow-6381");
    /** Ports of its own, so this test can run beside WebPageIT and the others. */
    static final int PORT = 18383;
    static final String ORIGIN = "http://127.0.0.1:" + PORT;
    private static final double RELATIVE = 1e-12;

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
                ports(PORT, 18303, 11398, 44646),
                editConfigurationFilePut("etc/users.properties", ADMIN.user(), ADMIN.password() + ",corpus-admin,admin"));
    }

    private static void assumeBrowser() {
        boolean present = Files.isExecutable(Path.of(Browser.DRIVER)) && Files.isExecutable(Path.of(Browser.CHROMIUM));
        if (!present && "required".equals(System.getProperty("browser.tests"))) {
            throw new AssertionError("The browser test is required but " + Browser.CHROMIUM + " or " + Browser.DRIVER + " is missing");
        }
        Assume.assumeTrue("chromium and chromium-driver are not installed", present);
    }

    @Test
    public void frequencyIsABarChartOrAWordCloudOfTheTable() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            runAnalysis(browser, "frequency", Map.of());
            Table table = download(driver);
            JsonNode bars = option(driver, "analysis-chart");
            assertEquals("bar", bars.at("/series/0/type").asText());
            List<List<Object>> top = table.rows(30);
            assertEquals(table.strings(top, "word"), strings(bars.at("/xAxis/0/data")));
            assertNumbers(table.numbers(top, "count"), numbers(bars.at("/series/0/data")));
            screenshot(driver, "analysis-chart", "charts-1-frequency-bars");
            assertTrue("every script, style and call comes from the workbench itself, none from a CDN", (Boolean) script(driver,
                    "return performance.getEntriesByType('resource').every(entry => entry.name.startsWith(location.origin));"));

            // the CSV link carries the form's parameters; past the byte order mark and the provenance, its rows are the bars
            String csvLink = driver.findElement(By.id("download-csv")).getAttribute("href");
            assertTrue(csvLink, csvLink.contains("format=csv") && csvLink.contains("corpus=seeds"));
            HttpResponse<byte[]> csv = get(csvLink.substring(ORIGIN.length()));
            assertEquals(200, csv.statusCode());
            String body = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("\uFEFF# corpus: seeds"));
            List<String[]> rows;
            try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(new java.io.StringReader(body.substring(1).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"))))) {
                rows = reader.readAll();
            }
            List<String> header = List.of(rows.get(0));
            assertEquals(table.strings(top, "word"), rows.subList(1, 1 + top.size()).stream()
                    .map(row -> row[header.indexOf("word")]).collect(Collectors.toList()));

            String drawn = drawn(driver, "analysis-chart");
            driver.findElement(By.id("analysis-chart-kind-cloud")).click();
            awaitDrawing(browser, "analysis-chart", drawn);
            JsonNode cloud = option(driver, "analysis-chart");
            assertEquals("wordCloud", cloud.at("/series/0/type").asText());
            List<List<Object>> words = table.rows(150);
            assertEquals(table.strings(words, "word"), field(cloud.at("/series/0/data"), "name"));
            assertNumbers(table.numbers(words, "count"), numberField(cloud.at("/series/0/data"), "value"));
            screenshot(driver, "analysis-chart", "charts-2-frequency-cloud");

            // a narrow window: the chart follows its element's width
            driver.manage().window().setSize(new Dimension(420, 860));
            browser.await("the chart to narrow", () -> ((Number) script(driver,
                    "return echarts.getInstanceByDom(document.getElementById('analysis-chart')).getWidth();")).intValue() <= 420);
            screenshot(driver, "analysis-chart", "charts-3-frequency-cloud-narrow");
        }
    }

    @Test
    public void trendIsALinePerWordOverTheDates() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            runAnalysis(browser, "trend", Map.of("top", "5"));
            Table table = download(driver);
            JsonNode chart = option(driver, "analysis-chart");
            List<String> values = table.strings(table.rows, "value").stream().distinct().collect(Collectors.toList());
            Map<String, List<Double>> lines = new LinkedHashMap<>();
            for (List<Object> row : table.rows) {
                lines.computeIfAbsent(String.valueOf(row.get(table.column("word"))), word -> new ArrayList<>())
                        .add(finite(row.get(table.column("per_million"))));
            }
            assertEquals(5, lines.size());
            assertEquals(values, strings(chart.at("/xAxis/0/data")));
            assertEquals(new ArrayList<>(lines.keySet()), field(chart.get("series"), "name"));
            for (int line = 0; line < lines.size(); line++) {
                JsonNode series = chart.get("series").get(line);
                assertEquals("line", series.get("type").asText());
                assertNumbers(new ArrayList<>(lines.values()).get(line), numbers(series.get("data")));
            }
            screenshot(driver, "analysis-chart", "charts-4-trend");
        }
    }

    @Test
    public void collocatesAreANetworkAroundTheNodeWeightedByTheChosenMeasure() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            runAnalysis(browser, "collocates", Map.of("query", "\"发展\"", "min_pair_count", "2", "min_collocate_count", "2",
                    "sort", "log_dice"));
            Table table = download(driver);
            assertEquals("log_dice", new Select(driver.findElement(By.id("analysis-chart-measure"))).getFirstSelectedOption().getText());
            JsonNode graph = option(driver, "analysis-chart");
            assertEquals("graph", graph.at("/series/0/type").asText());
            JsonNode nodes = graph.at("/series/0/data");
            assertEquals("\"发展\"", nodes.get(0).get("name").asText());
            List<List<Object>> top = table.rows(30);
            assertFalse(top.isEmpty());
            List<String> collocates = field(nodes, "name");
            assertEquals(table.strings(top, "collocate"), collocates.subList(1, collocates.size()));
            assertNumbers(table.numbers(top, "log_dice"), numberField(graph.at("/series/0/links"), "value"));
            assertTrue("the table is there too", driver.findElement(By.id("analysis-table")).getText().contains("log_dice"));
            screenshot(driver, "analysis-chart", "charts-5-collocates-network");
        }
    }

    @Test
    public void keywordsAreDivergingBarsPositiveOnOneSideNegativeOnTheOther() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            runAnalysis(browser, "keywords", Map.of("direction", "both", "sort", "log_ratio", "min_target_count", "2"));
            Table table = download(driver);
            // each side's 20 largest by size (ties in the table's order); the negative side drawn strongest last
            List<Map.Entry<String, Double>> positive = new ArrayList<>();
            List<Map.Entry<String, Double>> negative = new ArrayList<>();
            for (List<Object> row : table.rows) {
                Double measure = finite(row.get(table.column("log_ratio")));
                boolean more = ((Number) row.get(table.column("target_per_million"))).doubleValue()
                        >= ((Number) row.get(table.column("reference_per_million"))).doubleValue();
                if (measure != null) {
                    (more ? positive : negative).add(Map.entry(String.valueOf(row.get(table.column("word"))),
                            (more ? 1 : -1) * Math.abs(measure)));
                }
            }
            Comparator<Map.Entry<String, Double>> bySize = Comparator.comparingDouble(entry -> -Math.abs(entry.getValue()));
            positive.sort(bySize);
            negative.sort(bySize);
            List<Map.Entry<String, Double>> drawn = new ArrayList<>(positive.subList(0, Math.min(20, positive.size())));
            List<Map.Entry<String, Double>> negatives = new ArrayList<>(negative.subList(0, Math.min(20, negative.size())));
            Collections.reverse(negatives);
            drawn.addAll(negatives);
            List<String> words = drawn.stream().map(Map.Entry::getKey).collect(Collectors.toList());
            List<Double> signed = drawn.stream().map(Map.Entry::getValue).collect(Collectors.toList());
            assertTrue("keywords on both sides", signed.stream().anyMatch(v -> v > 0) && signed.stream().anyMatch(v -> v < 0));
            JsonNode bars = option(driver, "analysis-chart");
            assertEquals("bar", bars.at("/series/0/type").asText());
            assertEquals(words, strings(bars.at("/yAxis/0/data")));
            assertNumbers(signed, numberField(bars.at("/series/0/data"), "value"));
            screenshot(driver, "analysis-chart", "charts-6-keywords-diverging");
        }
    }

    @Test
    public void aQueryShowsTheApisLinesAndALineOpensItsDocumentAtTheMarkedHit() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = openConcordance(browser);
            // a broken query: the API's 400 message appears under the box
            String broken = "\"发展";
            typeQuery(driver, broken);
            browser.await("the parse error", () -> !driver.findElement(By.id("kwic-error")).getText().isBlank());
            HttpResponse<byte[]> refused = get(kwicTarget(broken, "corpus", 1));
            assertEquals(400, refused.statusCode());
            assertEquals(json.readTree(refused.body()).get("error").asText(), driver.findElement(By.id("kwic-error")).getText());

            String query = "\"发展\"";
            typeQuery(driver, query);
            browser.await("KWIC lines", () -> !driver.findElements(By.cssSelector("#kwic-table tr.kwic-line")).isEmpty());
            List<WebElement> lines = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line"));
            Table expected = table(kwicTarget(query, "corpus", 1));
            assertEquals(expected.rows.size(), lines.size());
            assertEquals(expected.strings(expected.rows, "node"), lines.stream()
                    .map(line -> line.findElement(By.cssSelector("td.node mark")).getText()).collect(Collectors.toList()));
            assertEquals(expected.strings(expected.rows, "left"), lines.stream()
                    .map(line -> line.findElement(By.cssSelector("td.left")).getText()).collect(Collectors.toList()));
            String hits = expected.strings(expected.rows(1), "hits").get(0);
            assertTrue(driver.findElement(By.id("kwic-count")).getText(), driver.findElement(By.id("kwic-count")).getText().contains(hits));

            // the next page and another order show the lines the API gives for them
            driver.findElement(By.id("kwic-next")).click();
            Table second = table(kwicTarget(query, "corpus", 2));
            String secondFirst = second.strings(second.rows(1), "hit").get(0);
            browser.await("page 2", () -> firstLine(driver, "td.hit-number").equals(secondFirst));
            new Select(driver.findElement(By.id("kwic-sort"))).selectByValue("right1");
            Table byRight = table(kwicTarget(query, "right1", 1));
            String rightFirst = byRight.strings(byRight.rows(1), "hit").get(0);
            browser.await("lines sorted by the first word on the right", () -> firstLine(driver, "td.hit-number").equals(rightFirst));

            WebElement first = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line")).get(0);
            String document = first.getAttribute("data-document");
            assertEquals(byRight.strings(byRight.rows(1), "document").get(0), document);
            first.click();
            browser.await("the document at the hit", () -> !driver.findElements(By.cssSelector("#document-text mark#hit")).isEmpty());
            assertEquals("发展", driver.findElement(By.cssSelector("#document-text mark#hit")).getAttribute("textContent"));
            assertEquals("发展", driver.findElement(By.cssSelector("#document-original mark#original-hit")).getAttribute("textContent"));
            assertTrue(driver.findElement(By.id("document-view")).getText().contains(document));
            Boolean visible = (Boolean) script(driver, "return ['hit', 'original-hit'].every(id => {"
                    + "const hit = document.getElementById(id), box = hit.getBoundingClientRect(),"
                    + " pane = hit.closest('.text').getBoundingClientRect();"
                    + "return box.top >= pane.top && box.bottom <= pane.bottom; });");
            assertTrue("the hit is scrolled into view in both texts", visible);
            screenshot(driver, "document-view", "charts-0-concordance-hit");
            driver.findElement(By.id("document-close")).click();
        }
    }

    private static String firstLine(WebDriver driver, String cell) {
        List<WebElement> cells = driver.findElements(By.cssSelector("#kwic-table tr.kwic-line " + cell));
        return cells.isEmpty() ? "" : cells.get(0).getText();
    }

    /** Waits for the seeds in the corpora list, then opens the concordance tab on them. */
    private static WebDriver openConcordance(Browser browser) {
        WebDriver driver = browser.driver();
        browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
        driver.findElement(By.id("tab-concordance")).click();
        new Select(driver.findElement(By.id("kwic-corpus"))).selectByValue("seeds");
        return driver;
    }

    private static void typeQuery(WebDriver driver, String query) {
        WebElement box = driver.findElement(By.id("cql"));
        box.clear();
        box.sendKeys(query);
        driver.findElement(By.id("kwic-run")).click();
    }

    /** The page of concordance lines the page asks the API for. */
    private static String kwicTarget(String query, String sort, int page) {
        return "/corpus/api/v1/analyses/kwic/run?corpus=seeds&limit=10000&page_size=25&sort=" + sort + "&page=" + page + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    public void anAnalysisDroppedIntoDeployIsOfferedWhenTheTabOpensAgainAndGoneOnceRemoved() throws Exception {
        awaitWorkbench();
        Path deployed = runningKaraf().resolve("deploy").resolve("wordlength.jar");
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = browser.driver();
            runAnalysis(browser, "frequency", Map.of());
            assertFalse(offered(driver).contains("wordlength"));

            Files.copy(Path.of(System.getProperty("corpusbench.example.bundle")), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("wordlength to appear", () -> installed("wordlength"));
            driver.findElement(By.id("tab-corpora")).click();
            driver.findElement(By.id("tab-analyses")).click();
            browser.await("wordlength offered, without a reload of the page", () -> offered(driver).contains("wordlength"));
            new Select(driver.findElement(By.id("analysis-select"))).selectByValue("wordlength");
            new Select(driver.findElement(By.id("analysis-corpus"))).selectByValue("seeds");
            driver.findElement(By.id("analysis-run")).click();
            browser.await("wordlength's table", () -> !driver.findElements(By.cssSelector("#analysis-table tbody tr")).isEmpty());
            Table expected = run("wordlength", Map.of());
            assertEquals(Math.min(expected.rows.size(), driver.findElements(By.cssSelector("#analysis-table tbody tr")).size()),
                    driver.findElements(By.cssSelector("#analysis-table tbody tr")).size());
            assertEquals(expected.strings(expected.rows(1), expected.columns.get(0)).get(0),
                    driver.findElement(By.cssSelector("#analysis-table tbody tr td")).getText());
        } finally {
            Files.deleteIfExists(deployed);
        }
        await("wordlength to vanish", () -> !installed("wordlength"));
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/#analyses")) {
            WebDriver driver = browser.driver();
            browser.await("the analyses", () -> offered(driver).contains("frequency"));
            assertFalse(offered(driver).contains("wordlength"));
        }
    }

    /**
     * The folder of the Karaf this class started: this test runs beside it (Pax Exam's server mode), not in it, so
     * it is the one under target/exam whose log was written last.
     */
    private static Path runningKaraf() throws IOException {
        try (java.util.stream.Stream<Path> folders = Files.list(Path.of("target", "exam"))) {
            return folders.filter(folder -> Files.isDirectory(folder.resolve("deploy")))
                    .filter(folder -> Files.isRegularFile(folder.resolve("data/log/karaf.log")))
                    .max(Comparator.comparing(folder -> folder.resolve("data/log/karaf.log").toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("No running Karaf under target/exam"));
        }
    }

    /** @return whether the API lists the analysis now */
    private boolean installed(String analysis) {
        try {
            HttpResponse<byte[]> listed = get("/corpus/api/v1/analyses");
            return listed.statusCode() == 200 && new String(listed.body(), StandardCharsets.UTF_8).contains("\"name\":\"" + analysis + "\"");
        } catch (Exception e) {
            return false;
        }
    }

    /** The analyses the form offers now. */
    private static List<String> offered(WebDriver driver) {
        return new Select(driver.findElement(By.id("analysis-select"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).collect(Collectors.toList());
    }

    @Test
    public void theConcordanceBreaksTheHitsDownAndPlotsWhereTheyFall() throws Exception {
        awaitWorkbench();
        try (Browser browser = Browser.login(ADMIN, ORIGIN, "/corpus/page/")) {
            WebDriver driver = openConcordance(browser);
            String query = "[word=\"发.*\"]";
            typeQuery(driver, query);
            browser.await("KWIC lines", () -> !driver.findElements(By.cssSelector("#kwic-table tr.kwic-line")).isEmpty());

            // the breakdown by form: bars of the forms and their counts
            driver.findElement(By.cssSelector("#kwic-breakdown > summary")).click();
            awaitDrawing(browser, "breakdown-chart", "");
            Table forms = run("query-frequency", Map.of("query", query, "group", "form"));
            JsonNode bars = option(driver, "breakdown-chart");
            assertEquals("bar", bars.at("/series/0/type").asText());
            assertEquals(forms.strings(forms.rows(30), "value"), strings(bars.at("/xAxis/0/data")));
            assertNumbers(forms.numbers(forms.rows(30), "count"), numbers(bars.at("/series/0/data")));
            assertEquals(Math.min(50, forms.rows.size()), driver.findElements(By.cssSelector("#breakdown-table tbody tr")).size());
            screenshot(driver, "breakdown-chart", "charts-7-breakdown-form");

            // by a metadata key
            String drawn = drawn(driver, "breakdown-chart");
            new Select(driver.findElement(By.id("breakdown-group"))).selectByValue("metadata");
            awaitDrawing(browser, "breakdown-chart", drawn);
            Table dates = run("query-frequency", Map.of("query", query, "group", "metadata", "key", "date"));
            bars = option(driver, "breakdown-chart");
            assertEquals(dates.strings(dates.rows(30), "value"), strings(bars.at("/xAxis/0/data")));
            assertNumbers(dates.numbers(dates.rows(30), "count"), numbers(bars.at("/series/0/data")));

            // the dispersion plot: a tick per hit in each document
            driver.findElement(By.cssSelector("#kwic-dispersion > summary")).click();
            awaitDrawing(browser, "dispersion-chart", "");
            Table plot = run("dispersion-plot", Map.of("query", query));
            JsonNode ticks = option(driver, "dispersion-chart");
            assertEquals("scatter", ticks.at("/series/0/type").asText());
            List<List<Object>> documents = plot.rows(40);
            assertEquals(plot.strings(documents, "document"), strings(ticks.at("/yAxis/0/data")));
            List<Double> positions = new ArrayList<>();
            for (List<Object> row : documents) {
                for (String position : String.valueOf(row.get(plot.column("positions"))).split(" ")) {
                    positions.add(Double.parseDouble(position));
                }
            }
            List<Double> plotted = new ArrayList<>();
            ticks.at("/series/0/data").forEach(tick -> plotted.add(tick.get(0).asDouble()));
            assertNumbers(positions, plotted);
            screenshot(driver, "dispersion-chart", "charts-8-dispersion-documents");

            // in equal slices of the whole corpus
            drawn = drawn(driver, "dispersion-chart");
            new Select(driver.findElement(By.id("dispersion-unit"))).selectByValue("dispersion-slices");
            awaitDrawing(browser, "dispersion-chart", drawn);
            Table slices = run("dispersion-slices", Map.of("query", query, "slices", "50"));
            assertEquals(50, slices.rows.size());
            JsonNode sliced = option(driver, "dispersion-chart");
            assertEquals("bar", sliced.at("/series/0/type").asText());
            assertNumbers(slices.numbers(slices.rows, "hits"), numbers(sliced.at("/series/0/data")));
            assertEquals((long) forms.numbers(forms.rows, "count").stream().mapToDouble(Double::doubleValue).sum(),
                    (long) slices.numbers(slices.rows, "hits").stream().mapToDouble(Double::doubleValue).sum());
            screenshot(driver, "dispersion-chart", "charts-9-dispersion-slices");

            // in Chinese, on a narrow window: the labels switch and the chart narrows with its panel
            driver.findElement(By.id("language")).click();
            assertEquals("离散图", driver.findElement(By.cssSelector("#kwic-dispersion > summary")).getText());
            driver.manage().window().setSize(new Dimension(420, 860));
            browser.await("the dispersion chart to narrow", () -> ((Number) script(driver,
                    "return echarts.getInstanceByDom(document.getElementById('dispersion-chart')).getWidth();")).intValue() <= 420);
            screenshot(driver, "dispersion-chart", "charts-10-dispersion-slices-narrow-zh");
        }
    }

    /** Chooses an analysis and the seeds, fills the form's fields by name, runs it and waits for its chart. */
    private void runAnalysis(Browser browser, String analysis, Map<String, String> fields) {
        WebDriver driver = browser.driver();
        browser.await("the corpora", () -> !driver.findElements(By.cssSelector("#corpora-table tr[data-corpus='seeds']")).isEmpty());
        driver.findElement(By.id("tab-analyses")).click();
        // the tab fetches the installed analyses again as it opens: choose once that list is in place
        browser.await("the analysis " + analysis + " chosen", () -> {
            new Select(driver.findElement(By.id("analysis-select"))).selectByValue(analysis);
            return analysis.equals(driver.findElement(By.id("analysis-select")).getAttribute("value"));
        });
        new Select(driver.findElement(By.id("analysis-corpus"))).selectByValue("seeds");
        fields.forEach((name, value) -> {
            WebElement field = driver.findElement(By.cssSelector("#analysis-form [name='" + name + "']"));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        driver.findElement(By.id("analysis-run")).click();
        awaitDrawing(browser, "analysis-chart", "");
    }

    private static String drawn(WebDriver driver, String chart) {
        return driver.findElement(By.id(chart)).getAttribute("data-drawn");
    }

    /** Waits until the chart was drawn again (its data-drawn counter changed) and shows. */
    private static void awaitDrawing(Browser browser, String chart, String before) {
        WebDriver driver = browser.driver();
        browser.await("the chart " + chart, () -> {
            WebElement element = driver.findElement(By.id(chart));
            String drawn = element.getAttribute("data-drawn");
            return drawn != null && !drawn.equals(before) && element.isDisplayed();
        });
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The chart's option as ECharts holds it (functions left out). */
    private JsonNode option(WebDriver driver, String chart) throws IOException {
        return json.readTree((String) script(driver,
                "return JSON.stringify(echarts.getInstanceByDom(document.getElementById('" + chart + "')).getOption());"));
    }

    /** The result the page offers as its JSON download: the same parameters as the run that drew the chart. */
    private Table download(WebDriver driver) throws Exception {
        String link = driver.findElement(By.id("download-json")).getAttribute("href");
        return table(link.substring(ORIGIN.length()));
    }

    /** A whole table from REST v1, as another client asks for it. */
    private Table run(String analysis, Map<String, String> parameters) throws Exception {
        StringBuilder target = new StringBuilder("/corpus/api/v1/analyses/" + analysis + "/run?corpus=seeds&limit=10000");
        parameters.forEach((name, value) -> target.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return table(target.toString());
    }

    private HttpResponse<byte[]> get(String target) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ORIGIN + target)).timeout(Duration.ofSeconds(120))
                .header("Authorization", ADMIN.header()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Table table(String target) throws Exception {
        HttpResponse<byte[]> response = get(target);
        assertEquals(target, 200, response.statusCode());
        return new Table(json.readTree(response.body()));
    }

    /** A result's columns and rows, cells as Jackson reads them. */
    private static final class Table {
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();

        Table(JsonNode body) {
            body.get("columns").forEach(column -> columns.add(column.get("name").asText()));
            body.get("rows").forEach(row -> {
                List<Object> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.isNumber() ? cell.numberValue() : cell.asText()));
                rows.add(cells);
            });
        }

        int column(String name) {
            int index = columns.indexOf(name);
            assertTrue(name + " in " + columns, index >= 0);
            return index;
        }

        List<List<Object>> rows(int top) {
            return rows.subList(0, Math.min(top, rows.size()));
        }

        List<String> strings(List<List<Object>> some, String name) {
            int index = column(name);
            return some.stream().map(row -> String.valueOf(row.get(index))).collect(Collectors.toList());
        }

        List<Double> numbers(List<List<Object>> some, String name) {
            int index = column(name);
            return some.stream().map(row -> finite(row.get(index))).collect(Collectors.toList());
        }
    }

    /** A cell as the chart draws it: a number, or null for NaN and infinities (which JSON carries as text). */
    private static Double finite(Object cell) {
        double value = cell instanceof Number number ? number.doubleValue() : Double.parseDouble(String.valueOf(cell));
        return Double.isFinite(value) ? value : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asDouble()));
        return values;
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(name).asText()));
        return values;
    }

    private static List<Double> numberField(JsonNode array, String name) {
        List<Double> values = new ArrayList<>();
        array.forEach(item -> values.add(item.hasNonNull(name) && item.get(name).isNumber() ? item.get(name).asDouble() : null));
        return values;
    }

    /** Equal numbers, allowing only the last bits a decimal round trip may change. */
    private static void assertNumbers(List<Double> expected, List<Double> actual) {
        assertEquals("how many values", expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Double want = expected.get(i);
            Double got = actual.get(i);
            if (want == null || got == null) {
                assertEquals("value " + i, want, got);
            } else {
                assertEquals("value " + i, want, got, Math.abs(want) * RELATIVE);
            }
        }
    }

    private void awaitWorkbench() throws InterruptedException {
        await("the workbench with the seeds corpus", () -> {
            try {
                HttpResponse<String> corpora = http.send(HttpRequest.newBuilder(URI.create(ORIGIN + "/corpus/api/v1/corpora"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", ADMIN.header()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return corpora.statusCode() == 200 && corpora.body().contains("\"seeds\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** A picture of the page with the chart in the middle of the window. */
    private static void screenshot(WebDriver driver, String chart, String name) throws IOException {
        script(driver, "document.getElementById('" + chart + "').scrollIntoView({block: 'center'});");
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
