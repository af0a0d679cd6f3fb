package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The workbench as a user meets it, in our own distribution booted once for all tests. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkbenchIT extends WorkbenchTestSupport {

    @Inject
    private FeaturesService features;

    @Test
    public void workbenchFeaturesAreInstalledAndEveryBundleIsActive() throws Exception {
        for (String feature : List.of("corpusbench", "corpusbench-commands", "corpusbench-web", "corpusbench-rest",
                "corpusbench-jobs", "webconsole", "deployer")) {
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
        }
        List<String> notActive = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null)
                .map(b -> b.getSymbolicName() + " " + b.getState()).collect(Collectors.toList());
        assertEquals(List.of(), notActive);
        long ours = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("org.corpusbench.")).count();
        assertEquals("our 35 bundles", 35, ours);
    }

    @Test
    public void seedsCorpusIsImportedOnFirstStartWithItsFiveSources() throws Exception {
        CorpusInfo seeds = awaitSeeds();

        assertEquals(5, seeds.sources());
        assertEquals("one document per article", 48, seeds.documents());
        assertTrue(seeds.tokens() > 10_000);
        assertEquals("jieba", seeds.segmenter());
        assertEquals("normalise-whitespace,normalise-width,remove-furniture,rejoin-lines",
                seeds.provenance().get(CorpusInfo.CLEANING));
        assertTrue(seeds.provenance().get(CorpusInfo.SPLITTER), seeds.provenance().get(CorpusInfo.SPLITTER)
                .startsWith("newspaper-articles("));
    }

    @Test
    public void initialAdminPasswordIsNeverSharedNorStoredInClear() throws Exception {
        String users = Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"));
        assertTrue(users.contains("admin = {CRYPT}"));
        assertFalse(users.contains(adminPassword()));
        if (System.getenv("CORPUS_ADMIN_PASSWORD") == null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
        }
    }

    @Test
    public void commandsListInspectRunAndExport() throws Exception {
        awaitSeeds();

        assertTrue(executeCommand("corpus:list").contains("seeds"));
        String info = executeCommand("corpus:info seeds");
        assertTrue(info, info.contains("Sources") && info.contains("segmenter.dictionary.sha256"));
        assertTrue(executeCommand("corpus:analyses").contains("frequency"));

        String top = executeCommand("corpus:run --top 20 frequency seeds");
        assertTrue(top, top.contains("聊城"));
        assertEquals(top, 22, top.lines().count()); // header, rule and 20 rows
        for (String punctuation : List.of("，", "。", "、", "“")) {
            assertFalse("no punctuation in " + top, top.contains(" " + punctuation + " "));
        }

        String exported = executeCommand("corpus:export --format json --output 频率.json frequency seeds min_count=2");
        assertTrue(exported, answer(exported).startsWith("Wrote ") && exported.trim().endsWith(" bytes to export/频率.json"));
        Path output = Path.of(System.getProperty("karaf.data"), "export", "频率.json");
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertEquals("2", json.at("/provenance/parameters/min_count").asText());
        assertTrue(json.toString().contains("聊城"));
    }

    @Test
    public void commandsAnswerBadInputWithOneLine() throws Exception {
        awaitSeeds();

        assertEquals("ERROR: Unknown corpus 'nope'", executeCommand("corpus:run frequency nope").trim());
        assertEquals("ERROR: Unknown analysis 'nope'", executeCommand("corpus:run nope seeds").trim());
        assertTrue(executeCommand("corpus:run frequency seeds bogus=1").trim()
                .startsWith("ERROR: Unknown parameter 'bogus' for analysis 'frequency'"));
        assertEquals("ERROR: Unknown format 'xls'; available: csv, json",
                executeCommand("corpus:export --format xls --output /tmp/x frequency seeds").trim());
        assertTrue(executeCommand("corpus:load /no/such/folder").trim().startsWith("ERROR: '/no/such/folder' is outside the import roots"));
        String missing = executeCommand("corpus:load " + System.getProperty("karaf.home") + "/seeds/no-such-page.txt").trim();
        assertTrue(missing, missing.startsWith("ERROR: Cannot read '") && missing.endsWith("': no such file or folder in the import roots"));
        assertTrue(executeCommand("corpus:load /etc").trim().startsWith("ERROR: '/etc' is outside the import roots (seeds"));
        String intoEtc = executeCommand("corpus:export --format csv --output ../../etc/org.apache.karaf.command.acl.shell.cfg "
                + "frequency seeds").trim();
        assertTrue(intoEtc, intoEtc.startsWith("ERROR: '../../etc/org.apache.karaf.command.acl.shell.cfg' is outside the export roots"));
        assertTrue(executeCommand("corpus:export-tokens --output /tmp/x.txt seeds").trim().startsWith("ERROR: '/tmp/x.txt' is outside"));
    }

    @Test
    public void loadAddsACorpusFromAFolderInAnyCommonChineseEncoding() throws Exception {
        Path folder = importFolder("encodings");
        Files.writeString(folder.resolve("a.txt"), "聊城市纪念\n国际妇女节。", StandardCharsets.UTF_8);
        Files.write(folder.resolve("b.txt"), "市委副书记、政法委书记谢兆村出席。".getBytes("GBK"));
        Files.write(folder.resolve("c.txt"), "本報訊（記者 趙宗鋒）頒獎典禮舉行。".getBytes("Big5"));
        Files.write(folder.resolve("d.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});

        String loaded = executeCommand("corpus:load --name 小语料 " + folder);

        assertTrue(loaded, loaded.contains("Loaded corpus '小语料': 3 sources"));
        assertTrue(loaded, loaded.contains("Inputs: 3 read, 0 read with undecodable bytes, 1 skipped"));
        assertTrue(loaded, loaded.contains("skipped: Cannot load 'd.txt': it is a PNG image, not text"));
        JsonNode report = new ObjectMapper().readTree(get(REST_V1 + "/corpora/"
                + URLEncoder.encode("小语料", StandardCharsets.UTF_8) + "/report", true).body());
        assertEquals("skipped", report.at("/sources/3/outcome").asText());
        assertEquals("GB18030", report.at("/sources/1/encoding").asText());
        CorpusView corpus = repository().require("小语料");
        assertEquals("聊城市纪念国际妇女节。", corpus.document(0).cleanedText());
        assertEquals("市委副书记、政法委书记谢兆村出席。", corpus.document(1).cleanedText());
        assertEquals("GB18030", corpus.sources().get(1).metadata().get("encoding"));
        // Decoded from Big5 whole: the traditional dateline and credit are read into metadata, the rest is the body.
        assertEquals("頒獎典禮舉行。", corpus.document(2).cleanedText());
        assertEquals("趙宗鋒", corpus.document(2).metadata().get("reporters"));
        assertEquals("本報訊（記者 趙宗鋒）頒獎典禮舉行。", corpus.document(2).originalText());
        assertEquals("Big5-HKSCS", corpus.sources().get(2).metadata().get("encoding"));
    }

    @Test
    public void aUtf16CsvWithMetadataColumnsBecomesADocumentPerRow() throws Exception {
        Path table = importFolder("tables").resolve("news.csv");
        byte[] csv = "标题,日期,正文\r\n妇女节,2023-03-03,聊城市纪念国际妇女节颁奖典礼举行。\r\n经济,2023-03-05,下好区域协调发展一盘棋。\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[csv.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(csv, 0, withBom, 2, csv.length);
        Files.write(table, withBom);

        String loaded = executeCommand("corpus:load --name 表格 " + table);

        assertTrue(loaded, loaded.contains("Loaded corpus '表格': 2 sources"));
        CorpusView corpus = repository().require("表格");
        assertEquals("下好区域协调发展一盘棋。", corpus.document(1).cleanedText());
        assertEquals("2023-03-05", corpus.sources().get(1).metadata().get("日期"));
        assertEquals("UTF-16LE", corpus.sources().get(1).metadata().get("encoding"));
        assertEquals("table", corpus.info().provenance().get(CorpusInfo.LOADER));
    }

    @Test
    public void preSegmentedTextKeepsItsTokens() throws Exception {
        Path folder = importFolder("segmented");
        Files.writeString(folder.resolve("given.txt"), "聊城 市 纪念 聊城 市\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("given.vrt"), "<text id=\"v1\" page=\"2\">\n<s>\n聊城\tchinese_word\n市\n</s>\n</text>\n",
                StandardCharsets.UTF_8);

        assertTrue(executeCommand("corpus:load --name 分词 --loader segmented " + folder.resolve("given.txt"))
                .contains("Loaded corpus '分词'"));
        assertTrue(executeCommand("corpus:load --name 竖排 " + folder.resolve("given.vrt")).contains("Loaded corpus '竖排'"));

        String frequencies = executeCommand("corpus:run --no-format frequency 分词");
        assertTrue(frequencies, frequencies.contains("聊城\t2\t") && frequencies.contains("市\t2\t"));
        assertFalse("jieba would have made 聊城市 one word", frequencies.contains("聊城市"));
        CorpusView vertical = repository().require("竖排");
        assertEquals("2", vertical.sources().get(0).metadata().get("page"));
        assertEquals("v1", vertical.document(0).id());
        assertEquals("as given by the source", vertical.info().segmenter());
        assertEquals("ERROR: Unknown loader 'nope'; installed: parquet, segmented, table, text, zip",
                executeCommand("corpus:load --name x --loader nope " + folder.resolve("given.txt")).trim());
    }

    @Test
    public void textIsSegmentedAsPythonJiebaDoesFromTheConsoleAndOverRest() throws Exception {
        String segmenters = executeCommand("corpus:segmenters --no-format");
        assertTrue(segmenters, segmenters.contains("jieba\t") && segmenters.contains("jieba-analysis\t"));

        String tokens = executeCommand("corpus:segment --no-format --mode search 在中华人民共和国成立");
        assertEquals(List.of("在", "中华", "华人", "人民", "共和", "共和国", "中华人民共和国", "成立"),
                tokens.lines().map(line -> line.split("\t")[0]).collect(Collectors.toList()));

        HttpResponse<byte[]> segmented = post(REST_V1 + "/segment?segmenter=jieba&mode=accurate&hmm=true",
                "𠀀聊城市纪念国际妇女节".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, segmented.statusCode());
        JsonNode json = new ObjectMapper().readTree(segmented.body());
        assertEquals("聊城市", json.at("/tokens/1/text").asText());
        assertEquals(1, json.at("/tokens/1/start").asInt());
        assertEquals(404, post(REST_V1 + "/segment?segmenter=nope", "x".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    public void documentsCanBeListedShownRenamedDeletedAndExportedAsTokens() throws Exception {
        awaitSeeds();
        Path folder = importFolder("scratch");
        Files.writeString(folder.resolve("b.txt"), "本报讯 聊城市纪念\n国际妇女节。", StandardCharsets.UTF_8);
        executeCommand("corpus:load --name 暂存 " + folder);

        String documents = executeCommand("corpus:documents seeds");
        assertTrue(documents, documents.contains("000_a091517554f8b986.txt#1") && documents.contains("Documents 1-20 of 48")
                && documents.contains("聊城市举行纪念“三八”国际妇女节113周年暨“巾帼十杰”颁奖典礼") && documents.contains("赵宗锋")
                && documents.contains("--03-03"));
        String document = executeCommand("corpus:document 暂存 b.txt");
        assertTrue(document, document.contains("--- Original text ---\n本报讯 聊城市纪念\n国际妇女节。")
                && document.contains("--- Cleaned text ---\n聊城市纪念国际妇女节。"));
        assertTrue(executeCommand("corpus:info seeds").contains("Size on disk"));

        Path vertical = Path.of(System.getProperty("karaf.data"), "export", "seeds.vrt");
        assertTrue(answer(executeCommand("corpus:export-tokens --format vertical --output seeds.vrt 暂存")).startsWith("Wrote "));
        String vrt = Files.readString(vertical);
        // the dateline 本报讯 is kept as printed in metadata, and the vertical file carries it
        assertTrue(vrt, vrt.startsWith("<text id=\"b.txt\" source=\"b.txt\" dateline=\"本报讯\">\n<s>\n聊城市\tchinese_word\n"));
        assertTrue(vrt, vrt.contains("。\tpunctuation\n</s>\n</text>\n"));

        assertEquals("Renamed corpus '暂存' to 'scratch'", executeCommand("corpus:rename 暂存 scratch").trim());
        HttpResponse<byte[]> tokens = get(REST_V1 + "/corpora/scratch/tokens?format=plain", true);
        assertEquals(200, tokens.statusCode());
        assertTrue(text(tokens), text(tokens).startsWith("聊城市 纪念 国际妇女节 。\n"));
        JsonNode page = new ObjectMapper().readTree(get(REST_V1 + "/corpora/seeds/documents?offset=47&limit=2", true).body());
        assertEquals(48, page.get("total").asInt());
        assertEquals(1, page.get("documents").size());

        assertEquals("Deleted corpus 'scratch'", executeCommand("corpus:delete scratch").trim());
        assertEquals(404, get(REST_V1 + "/corpora/scratch", true).statusCode());
        assertEquals("ERROR: Unknown corpus 'scratch'", executeCommand("corpus:delete scratch").trim());
    }

    @Test
    public void articlesHaveTheirMetadataCleaningIsReportedAndAStepSwitchedOffCleansAgain() throws Exception {
        awaitSeeds();
        String report = executeCommand("corpus:cleaning-report seeds");
        assertTrue(report, report.contains("000_a091517554f8b986.txt") && report.contains("rejoin-lines")
                && report.contains("lines.joined=") && report.contains("furniture.lines=14"));
        JsonNode cleaning = new ObjectMapper().readTree(get(REST_V1 + "/corpora/seeds/cleaning", true).body());
        assertEquals(5, cleaning.at("/sources").size());
        assertEquals(8, cleaning.at("/sources/0/articles").asInt());
        assertTrue(cleaning.toString(), cleaning.at("/sources/0/steps/rejoin-lines/lines.joined").asInt() > 300);
        JsonNode article = new ObjectMapper().readTree(get(REST_V1 + "/corpora/seeds/documents/004_82a79f414238bd25.txt%232",
                true).body());
        assertEquals("市政府与省气象局签署推进聊城气象高质量发展合作协议", article.at("/metadata/headline").asText());
        assertEquals("李政哲", article.at("/metadata/reporters").asText());
        assertEquals("2024-12-03", article.at("/metadata/date").asText());
        assertEquals("10244", article.at("/metadata/issue").asText());

        Path folder = importFolder("reclean");
        Files.copy(Path.of(System.getProperty("karaf.home"), "seeds", "000_a091517554f8b986.txt"), folder.resolve("page.txt"));
        executeCommand("corpus:load --name page " + folder);
        assertEquals(8, repository().require("page").documentCount());
        String listed = executeCommand("corpus:cleaning");
        assertTrue(listed, listed.contains("newspaper-articles") && listed.contains("rejoin-lines"));
        try {
            String off = executeCommand("corpus:cleaning off newspaper-articles");
            assertTrue(off, off.contains("Switched off 'newspaper-articles'"));
            String recleaned = executeCommand("corpus:reclean page");
            assertTrue(recleaned, recleaned.contains("8 -> 1 documents"));
            CorpusView whole = repository().require("page");
            assertEquals("page.txt", whole.document(0).id());
            assertEquals("the source is rebuilt whole from its articles",
                    Files.readString(folder.resolve("page.txt")), whole.document(0).originalText());
        } finally {
            executeCommand("corpus:cleaning on newspaper-articles");
        }
        HttpResponse<byte[]> again = post(REST_V1 + "/corpora/page/reclean", new byte[0]);
        assertEquals(text(again), 202, again.statusCode());
        assertEquals("succeeded", awaitJob(again).get("state").asText());
        assertEquals(8, repository().require("page").documentCount());
        executeCommand("corpus:delete page");
    }

    /** A new folder under ${karaf.data}/import, one of the default import roots. */
    private static Path importFolder(String name) throws java.io.IOException {
        return Files.createDirectories(Path.of(System.getProperty("karaf.data"), "import", name));
    }

    @Test
    public void corporaComeBackFromDiskWhenTheRepositoryRestarts() throws Exception {
        CorpusInfo before = awaitSeeds();
        Bundle store = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.corpusbench.repository")).findFirst().orElseThrow();

        store.stop();
        store.start();

        await("the repository to come back", () -> {
            try {
                return text(get(REST_V1 + "/corpora", true)).contains("\"seeds\"");
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode seeds = new ObjectMapper().readTree(get(REST_V1 + "/corpora/seeds", true).body());
        assertEquals(before.tokens(), seeds.at("/tokens").asLong());
        assertTrue(seeds.at("/storedBytes").asLong() > 0);
        assertTrue(text(get(REST_V1 + "/analyses/frequency/export?corpus=seeds&format=csv", true)).contains("聊城"));
    }

    @Test
    public void aZipArchiveOfGbkFilesUploadedOverRestBecomesACorpus() throws Exception {
        java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(archive, java.nio.charset.Charset.forName("GBK"))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("第一版.txt"));
            zip.write("聊城市纪念国际妇女节颁奖典礼举行。".getBytes("GBK"));
            zip.putNextEntry(new java.util.zip.ZipEntry("../escape.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        HttpResponse<byte[]> created = post(REST_V1 + "/corpora/uploaded?filename=pages.zip", archive.toByteArray());

        assertEquals(text(created), 202, created.statusCode());
        assertEquals("succeeded", awaitJob(created).get("state").asText());
        JsonNode report = new ObjectMapper().readTree(get(REST_V1 + "/corpora/uploaded/report", true).body());
        assertEquals("skipped", report.at("/sources/0/outcome").asText());
        assertEquals("GB18030", report.at("/sources/1/encoding").asText());
        assertEquals("聊城市纪念国际妇女节颁奖典礼举行。", repository().require("uploaded").document(0).cleanedText());
        JsonNode again = awaitJob(post(REST_V1 + "/corpora/uploaded?filename=pages.zip&mode=add", archive.toByteArray()));
        assertEquals("the same entries again: their ids are taken: " + again, "failed", again.get("state").asText());

        HttpResponse<byte[]> extended = post(REST_V1 + "/corpora/uploaded?filename=more.txt&mode=add",
                "市委副书记出席活动。".getBytes("GBK"));
        assertEquals("succeeded", awaitJob(extended).get("state").asText());
        CorpusView corpus = repository().require("uploaded");
        assertEquals(2, corpus.documentCount());
        assertEquals("聊城市纪念国际妇女节颁奖典礼举行。", corpus.document(0).cleanedText());
        assertEquals("市委副书记出席活动。", corpus.document(1).cleanedText());
        assertEquals("the earlier report is kept", 3, corpus.loadReport().sources().size());
    }

    @Test
    public void restRequiresCredentialsAndAnswersErrorsInJson() throws Exception {
        awaitSeeds();

        assertEquals(401, get(REST_V1 + "/corpora", false).statusCode());
        HttpResponse<byte[]> corpora = get(REST_V1 + "/corpora", true);
        assertEquals(200, corpora.statusCode());
        assertTrue(text(corpora).contains("\"name\":\"seeds\""));
        assertEquals(5, new ObjectMapper().readTree(text(get(REST_V1 + "/corpora/seeds", true))).at("/sources").asInt());
        assertTrue(text(get(REST_V1 + "/analyses", true)).contains("\"name\":\"frequency\""));

        HttpResponse<byte[]> missing = get(REST_V1 + "/corpora/nope", true);
        assertEquals(404, missing.statusCode());
        assertEquals("Unknown corpus 'nope'", new ObjectMapper().readTree(missing.body()).get("error").asText());
        assertEquals(400, get(REST_V1 + "/analyses/frequency/export?corpus=seeds&format=xls", true).statusCode());
    }

    @Test
    public void csvAndJsonDownloadsParseAndHoldChinese() throws Exception {
        awaitSeeds();

        HttpResponse<byte[]> csv = get(REST_V1 + "/analyses/frequency/export?corpus=seeds&format=csv", true);
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("seeds-frequency.csv"));
        String body = text(csv);
        assertEquals('\uFEFF', body.charAt(0));
        String rows = body.substring(1).lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        List<String[]> table = new CSVReader(new StringReader(rows)).readAll();
        assertEquals(List.of("rank", "word", "count", "per_million", "range", "range_percent", "juilland_d", "dp", "dp_norm",
                "arf"), List.of(table.get(0)));
        assertTrue(table.stream().anyMatch(row -> row[1].equals("聊城")));

        HttpResponse<byte[]> json = get(REST_V1 + "/analyses/frequency/export?corpus=seeds&format=json&selection="
                + URLEncoder.encode("source=000_a091517554f8b986.txt", StandardCharsets.UTF_8), true);
        assertEquals(200, json.statusCode());
        JsonNode result = new ObjectMapper().readTree(json.body());
        assertEquals("source=000_a091517554f8b986.txt", result.at("/provenance/parameters/selection").asText());
        assertTrue(result.get("rows").toString().contains("聊城"));
    }

    @Test
    public void webConsolePageListsCorporaAndDownloads() throws Exception {
        awaitSeeds();

        HttpResponse<byte[]> page = get("/system/console/corpus", true);

        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("<td>seeds</td>"));
        assertTrue(text(page), text(page).contains(REST_V1 + "/analyses/frequency/export?corpus=seeds&amp;format=csv"));
    }

    @Test
    public void analysisBundleDroppedIntoDeployAppearsAndVanishesWithoutRestart() throws Exception {
        awaitSeeds();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "wordlength.jar");

        Files.copy(Path.of(System.getProperty("corpusbench.example.bundle")), deployed, StandardCopyOption.REPLACE_EXISTING);
        AnalysisService analyses = service(AnalysisService.class);
        await("wordlength to appear", () -> analyses.analysis("wordlength").isPresent());
        assertTrue(executeCommand("corpus:analyses").contains("wordlength"));
        assertTrue(text(get(REST_V1 + "/analyses", true)).contains("\"name\":\"wordlength\""));
        String run = executeCommand("corpus:run wordlength seeds");
        assertFalse(run, run.contains("ERROR"));
        assertTrue(run, run.lines().count() > 3);

        Files.delete(deployed);
        await("wordlength to vanish", () -> analyses.analyses().stream().map(AnalysisDescriptor::name).noneMatch("wordlength"::equals));
        assertFalse(executeCommand("corpus:analyses").contains("wordlength"));
        assertFalse(text(get(REST_V1 + "/analyses", true)).contains("wordlength"));
    }

    @Test
    public void segmenterBundleDroppedIntoDeployAppearsAndVanishesWithoutRestart() throws Exception {
        awaitSeeds();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "thulac.jar");
        Segmenters segmenters = service(Segmenters.class);
        assertFalse(segmenters.names().contains("thulac"));

        Files.copy(Path.of(System.getProperty("corpusbench.thulac.bundle")), deployed, StandardCopyOption.REPLACE_EXISTING);
        await("thulac to appear", () -> segmenters.names().contains("thulac"));
        assertTrue(executeCommand("corpus:segmenters --no-format").contains("thulac\t"));
        assertTrue(text(get(REST_V1 + "/segmenters", true)).contains("\"thulac\""));
        String segmented = executeCommand("corpus:segment --no-format --segmenter thulac 聊城市纪念国际妇女节");
        assertTrue(segmented, segmented.contains("妇女节"));
        String seeds = Path.of(System.getProperty("karaf.home"), "seeds").toString();
        String loaded = executeCommand("corpus:load --name by-thulac --segmenter thulac " + seeds);
        assertTrue(loaded, loaded.contains("Loaded corpus 'by-thulac'"));
        String hits = answer(executeCommand("corpus:query by-thulac '\"发展\"'"));

        Files.delete(deployed);
        await("thulac to vanish", () -> !segmenters.names().contains("thulac"));
        assertFalse(executeCommand("corpus:segmenters --no-format").contains("thulac"));
        assertFalse(text(get(REST_V1 + "/segmenters", true)).contains("thulac"));
        assertTrue(executeCommand("corpus:segmenters --no-format").contains("jieba\t"));
        // the corpus it made stays readable, and says what made it
        assertEquals("thulac", repository().require("by-thulac").info().segmenter());
        String after = answer(executeCommand("corpus:query by-thulac '\"发展\"'"));
        assertTrue(after, after.startsWith("hits ") && after.lines().findFirst().equals(hits.lines().findFirst()));
        String refused = executeCommand("corpus:resegment by-thulac");
        assertTrue(refused, refused.contains("Unknown segmenter 'thulac'"));
    }
}
