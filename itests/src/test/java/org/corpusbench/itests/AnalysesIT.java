package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every standard analysis from the console and over REST, on the whole corpus, on an ad-hoc
 * selection and on a named subcorpus, exported as CSV and JSON; and {@code corpus:query} with every
 * construct of the query language.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AnalysesIT extends WorkbenchTestSupport {
    /** Each standard analysis with the parameters it needs on the seeds (name=value, CQL unquoted). */
    private static final Map<String, Map<String, String>> ANALYSES = new LinkedHashMap<>();

    static {
        ANALYSES.put("frequency", Map.of());
        ANALYSES.put("charfreq", Map.of());
        ANALYSES.put("kwic", Map.of("query", "\"发展\""));
        ANALYSES.put("query-frequency", Map.of("query", "[word=\"发.*\"]"));
        ANALYSES.put("dispersion-plot", Map.of("query", "\"发展\""));
        ANALYSES.put("dispersion-slices", Map.of("query", "\"发展\""));
        ANALYSES.put("ngrams", Map.of("n", "2"));
        ANALYSES.put("profile", Map.of());
        ANALYSES.put("collocates", Map.of("query", "\"发展\"", "min_pair_count", "1", "min_collocate_count", "1"));
        ANALYSES.put("keywords", Map.of());
        ANALYSES.put("tfidf", Map.of());
        ANALYSES.put("trend", Map.of());
    }

    @Test
    public void everyAnalysisIsListedWithItsParameters() throws Exception {
        awaitSeeds();
        String listed = executeCommand("corpus:analyses --no-format");
        for (String analysis : ANALYSES.keySet()) {
            assertTrue(analysis + " listed in\n" + listed, listed.contains(analysis));
        }
        String kwic = executeCommand("corpus:analyses kwic");
        assertTrue(kwic, kwic.contains("sort") && kwic.contains("corpus|node|left1") && kwic.contains("query"));
        JsonNode rest = new ObjectMapper().readTree(get("/corpus/api/v1/analyses", true).body());
        for (String analysis : ANALYSES.keySet()) {
            assertTrue(analysis + " over REST", rest.toString().contains("\"name\":\"" + analysis + "\""));
        }
    }

    @Test
    public void everyAnalysisRunsOnTheCorpusASelectionAndANamedSubcorpusFromConsoleAndRest() throws Exception {
        awaitSeeds();
        CorpusView seeds = repository().require("seeds");
        String page = seeds.sourceId(0);
        String selection = "source=" + page;
        String dated = executeCommand("corpus:subcorpus create seeds dated 'date>=2000-01-01 & date<2100-01-01'");
        assertFalse(seeds.metadata(0) + "\n" + dated, dated.contains("ERROR"));
        String created = executeCommand("corpus:subcorpus create seeds firstpage '" + selection + "'");
        assertFalse(created, created.contains("ERROR"));
        assertTrue(executeCommand("corpus:subcorpus list seeds").contains("firstpage"));

        for (Map.Entry<String, Map<String, String>> analysis : ANALYSES.entrySet()) {
            String name = analysis.getKey();
            List<String[]> whole = csv(name, analysis.getValue(), "all");
            List<String[]> adHoc = csv(name, analysis.getValue(), selection);
            List<String[]> named = csv(name, analysis.getValue(), "@firstpage");
            assertTrue(name + " has rows on the whole corpus", whole.size() > 1);
            assertTrue(name + " has rows on page " + page, adHoc.size() > 1);
            assertEquals(name + ": a named subcorpus gives what its expression gives", render(adHoc), render(named));
            assertFalse(name + ": the selection changes the result", render(whole).equals(render(adHoc)));

            JsonNode json = json(name, analysis.getValue(), "@firstpage");
            assertEquals(name, json.at("/provenance/analysis").asText());
            assertEquals(named.size() - 1, json.get("rows").size());

            String console = executeCommand("corpus:run --top 5 " + name + " seeds " + consoleArguments(analysis.getValue())
                    + " 'selection=@firstpage'");
            assertFalse(name + " from the console:\n" + console, console.contains("ERROR") || console.isBlank());
        }
    }

    @Test
    public void keywordsCompareWithAListAnotherCorpusPartANamedSubcorpusAndTheRest() throws Exception {
        awaitSeeds();
        CorpusView seeds = repository().require("seeds");
        String page = "source=" + seeds.sourceId(0);
        String created = executeCommand("corpus:subcorpus create seeds otherpages 'source!=" + seeds.sourceId(0) + "'");
        assertFalse(created, created.contains("ERROR"));
        List<String[]> againstJieba = csv("keywords", Map.of("reference", "list:jieba"), page);
        List<String[]> againstRest = csv("keywords", Map.of("reference", "rest"), page);
        List<String[]> againstNamed = csv("keywords", Map.of("reference", "@otherpages"), page);
        List<String[]> againstCorpus = csv("keywords", Map.of("reference", "corpus:seeds/@otherpages"), page);
        assertTrue(render(againstJieba), againstJieba.size() > 1);
        assertTrue(render(againstRest), againstRest.size() > 1);
        assertEquals("the rest of the corpus is the other pages", render(againstRest), render(againstNamed));
        assertEquals("another corpus's part, named by corpus", render(againstNamed), render(againstCorpus));
        assertFalse("the reference changes the keywords", render(againstJieba).equals(render(againstRest)));

        HttpResponse<byte[]> unknown = get(url("keywords", Map.of("reference", "list:nope"), "all", "csv"), true);
        assertEquals(text(unknown), 400, unknown.statusCode());
        assertTrue(text(unknown), text(unknown).contains("jieba"));
        HttpResponse<byte[]> noCorpus = get(url("keywords", Map.of("reference", "corpus:nope"), "all", "csv"), true);
        assertEquals(text(noCorpus), 404, noCorpus.statusCode());
        String console = executeCommand("corpus:run --top 5 keywords seeds 'reference=rest' 'selection=" + page + "'");
        assertFalse(console, console.contains("ERROR") || console.isBlank());
    }

    @Test
    public void queryCommandTakesEveryConstructAndNamesThePositionOfAnError() throws Exception {
        awaitSeeds();
        List<String> queries = List.of("\"发展\"", "[word=\"发.*\"]", "[word!=\"的\" & type=\"chinese_word\"] \"发展\"",
                "[type=\"number\"]", "[word=\"经济\" | word=\"社会\"] \"发展\"", "\"经济\" []{0,3} \"发展\"",
                "\"高质量\" []? \"发展\"", "[type=\"number\"]+ \"年\"", "\"推动\" []* \"发展\" within s",
                "(\"经济\" | \"城市\") \"发展\" within text", "[word=\"A.*\"%c]", "[!(word=\"的\")] \"发展\"");
        for (String query : queries) {
            String output = executeCommand("corpus:query seeds '" + query + "'");
            assertFalse(query + ":\n" + output, output.contains("ERROR"));
            Matcher hits = Pattern.compile("hits (\\d+)").matcher(output);
            assertTrue(query + " prints its number of hits:\n" + output, hits.find());
        }
        String sorted = executeCommand("corpus:query --sort right1 --context 3 --page 2 seeds '\"发展\"'");
        assertFalse(sorted, sorted.contains("ERROR"));

        String bad = executeCommand("corpus:query seeds '[word=\"发展\"'");
        assertTrue(bad, bad.contains("ERROR") && bad.contains("position"));
        String unanchored = executeCommand("corpus:query seeds '[]'");
        assertTrue(unanchored, unanchored.contains("ERROR"));

        HttpResponse<byte[]> rest = get("/corpus/api/v1/analyses/kwic/run?corpus=seeds&query="
                + URLEncoder.encode("\"经济\" [", StandardCharsets.UTF_8), true);
        assertEquals(400, rest.statusCode());
        assertTrue(text(rest), new ObjectMapper().readTree(rest.body()).get("error").asText().contains("position"));
    }

    @Test
    public void namedSubcorporaAreSavedListedAndDeletedOverRest() throws Exception {
        awaitSeeds();
        String base = "/corpus/api/v1/corpora/seeds/subcorpora";
        HttpResponse<byte[]> saved = send("PUT", base + "/%E6%9C%AC%E6%8A%A5?selection="
                + URLEncoder.encode("reporters~赵 | page=1", StandardCharsets.UTF_8));
        assertEquals(text(saved), 400, saved.statusCode());
        saved = send("PUT", base + "/%E6%9C%AC%E6%8A%A5?selection=" + URLEncoder.encode("0-3", StandardCharsets.UTF_8));
        assertEquals(text(saved), 200, saved.statusCode());
        assertEquals(4, new ObjectMapper().readTree(saved.body()).get("documents").asInt());
        assertTrue(text(get(base, true)).contains("本报"));
        assertEquals(204, send("DELETE", base + "/%E6%9C%AC%E6%8A%A5").statusCode());
        assertEquals(404, send("DELETE", base + "/%E6%9C%AC%E6%8A%A5").statusCode());
    }

    private List<String[]> csv(String analysis, Map<String, String> parameters, String selection) throws Exception {
        HttpResponse<byte[]> response = get(url(analysis, parameters, selection, "csv"), true);
        assertEquals(analysis + ": " + text(response), 200, response.statusCode());
        String rows = text(response).substring(1).lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n"));
        return new CSVReader(new StringReader(rows)).readAll();
    }

    private JsonNode json(String analysis, Map<String, String> parameters, String selection) throws Exception {
        HttpResponse<byte[]> response = get(url(analysis, parameters, selection, "json"), true);
        assertEquals(analysis + ": " + text(response), 200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }

    private static String url(String analysis, Map<String, String> parameters, String selection, String format) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("selection", selection);
        all.put("format", format);
        all.put("corpus", "seeds");
        return "/corpus/api/v1/analyses/" + analysis + "/export?" + all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String consoleArguments(Map<String, String> parameters) {
        List<String> arguments = new ArrayList<>();
        parameters.forEach((name, value) -> arguments.add("'" + name + "=" + value + "'"));
        return String.join(" ", arguments);
    }

    private static String render(List<String[]> table) {
        return table.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n"));
    }

    private HttpResponse<byte[]> send(String method, String path) throws Exception {
        String credentials = "admin:" + adminPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-By", "corpusbench-itests").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
