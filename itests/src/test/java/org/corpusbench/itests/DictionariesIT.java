package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * User dictionaries at runtime: a word added after a corpus was loaded changes it through
 * {@code corpus:resegment}, token for token as a full import with the changed dictionary gives, on the
 * seeds and on 10 MB of text made from them; REST serves the dictionaries to readers and their changes
 * to admins only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DictionariesIT extends WorkbenchTestSupport {
    static final ApiCalls.Login READER = new ApiCalls.Login("dictreader", "Reader-dict-Alder-4417");
    static final ApiCalls.Login ADMIN = new ApiCalls.Login("dictadmin", "Admin-dict-Hazel-9032");
    private static final String API = "/corpus/api/v1";
    /** The header every change needs (the API's guard against requests other sites make browsers send). */
    private static final String[] CHANGE = {"X-Requested-By", "corpusbench-itests"};

    private final ApiCalls api = new ApiCalls();

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/users.properties", READER.user(), READER.password() + ",corpus-reader"),
                editConfigurationFilePut("etc/users.properties", ADMIN.user(), ADMIN.password() + ",corpus-admin"),
                systemProperty("corpusbench.itests.reports").value(new File("target").getAbsolutePath()));
    }

    @Test
    public void aWordAddedAtRuntimeChangesStoredCorporaAfterResegmentAsAFullImportWould() throws Exception {
        awaitSeeds();
        Path seeds = Path.of(System.getProperty("karaf.home"), "seeds");
        Path generated = SeedLinePages.write(Path.of(System.getProperty("karaf.data"), "import", "dictionaries-it"), seeds, 10 << 20, 16);
        assertOk(executeCommand("corpus:dict-add itest 聊城日报 20 nt"));
        assertOk(executeCommand("corpus:load --name lc --dict itest " + seeds));
        assertOk(executeCommand("corpus:load --name big --dict itest " + generated));
        CorpusInfo loaded = repository().require("lc").info();
        assertEquals("itest", loaded.provenance().get(CorpusInfo.DICTIONARIES));
        assertEquals(service(org.corpusbench.api.UserDictionaries.class).get("itest").sha256(),
                loaded.provenance().get("dictionary.itest.sha256"));
        assertFalse("jieba alone splits 茌平区", words(repository().require("lc")).contains("茌平区"));

        assertOk(executeCommand("corpus:dict-add itest 茌平区 ns"));
        List<String> figures = new ArrayList<>();
        for (String corpus : List.of("lc", "big")) {
            long started = System.nanoTime();
            String resegmented = answer(executeCommand("corpus:resegment " + corpus));
            long resegmentMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(resegmented, resegmented.startsWith("Segmented corpus '" + corpus + "' again with jieba and dictionaries itest: "));
            started = System.nanoTime();
            String source = corpus.equals("lc") ? seeds.toString() : generated.toString();
            assertOk(executeCommand("corpus:load --name " + corpus + "-full --dict itest " + source));
            long importMillis = (System.nanoTime() - started) / 1_000_000;

            CorpusView again = repository().require(corpus);
            CorpusView full = repository().require(corpus + "-full");
            assertEquals(corpus + ": documents", full.documentCount(), again.documentCount());
            for (int document = 0; document < full.documentCount(); document++) {
                assertEquals(corpus + " document " + document, tokens(full, document), tokens(again, document));
            }
            assertTrue(words(again).contains("茌平区"));
            String counted = again.info().provenance().get("resegmentation");
            int cutAgain = Integer.parseInt(counted.substring(0, counted.indexOf(' ')));
            assertTrue(counted, cutAgain > 0 && cutAgain < again.documentCount());
            figures.add(corpus + ": " + counted + "; resegment " + resegmentMillis + " ms, full import " + importMillis + " ms, "
                    + again.info().tokens() + " tokens");
        }
        String reports = System.getProperty("corpusbench.itests.reports");
        if (reports != null && Files.isDirectory(Path.of(reports))) { // for whoever reads the build's results
            Files.write(Path.of(reports, "dictionariesit-figures.txt"), figures);
        }
    }

    @Test
    public void readersSeeDictionariesAndOnlyAdminsChangeThemOrResegment() throws Exception {
        awaitSeeds();
        for (ApiCalls.Login login : List.of(READER, ADMIN)) { // Karaf reads users.properties a moment after it starts
            await(login.user() + " to log in", () -> {
                try {
                    return api.send("GET", API + "/dictionaries", login, null).statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
        }
        assertEquals(401, api.send("GET", API + "/dictionaries", null, null).statusCode());
        assertEquals(401, api.send("GET", API + "/dictionaries", new ApiCalls.Login(READER.user(), "wrong"), null).statusCode());
        String add = API + "/dictionaries/rest-it/entries?word=" + ApiCalls.encode("东昌府区") + "&frequency=30&tag=ns";
        HttpResponse<byte[]> refused = api.send("POST", add, READER, null, CHANGE);
        assertEquals(text(refused), 403, refused.statusCode());
        assertTrue(text(refused), text(refused).contains("corpus-admin"));
        HttpResponse<byte[]> added = api.send("POST", add, ADMIN, null, CHANGE);
        assertEquals(text(added), 200, added.statusCode());
        assertTrue(text(added), text(added).contains("\"word\":\"东昌府区\",\"frequency\":30,\"tag\":\"ns\""));

        HttpResponse<byte[]> listed = api.send("GET", API + "/dictionaries", READER, null);
        assertEquals(200, listed.statusCode());
        assertTrue(text(listed), text(listed).contains("\"name\":\"rest-it\",\"entries\":1"));
        assertTrue(executeCommand("corpus:dicts --no-format").contains("rest-it\t1\t"));

        byte[] badFile = {(byte) 0xE8, (byte) 0x81, (byte) 0x8A, '\n', (byte) 0xC4, (byte) 0xC4, '\n'};
        HttpResponse<byte[]> bad = api.send("POST", API + "/dictionaries/rest-it/import", ADMIN, badFile, CHANGE);
        assertEquals(text(bad), 400, bad.statusCode());
        assertTrue(text(bad), text(bad).contains("line 2: not UTF-8"));
        HttpResponse<byte[]> imported = api.send("POST", API + "/dictionaries/rest-it/import", ADMIN,
                "\uFEFF聊城 100 ns\r\n茌平\r\n".getBytes(StandardCharsets.UTF_8), CHANGE);
        assertEquals(text(imported), 200, imported.statusCode());
        assertEquals(403, api.send("POST", API + "/dictionaries/rest-it/import", READER, "x\n".getBytes(StandardCharsets.UTF_8), CHANGE).statusCode());

        assertEquals(403, api.send("POST", API + "/corpora/seeds/resegment", READER, null, CHANGE).statusCode());
        assertEquals(403, api.send("DELETE", API + "/dictionaries/rest-it/entries/" + ApiCalls.encode("茌平"), READER, null, CHANGE).statusCode());
        assertEquals(403, api.send("DELETE", API + "/dictionaries/rest-it", READER, null, CHANGE).statusCode());
        HttpResponse<byte[]> removed = api.send("DELETE", API + "/dictionaries/rest-it/entries/" + ApiCalls.encode("茌平"), ADMIN, null, CHANGE);
        assertEquals(text(removed), 200, removed.statusCode());
        assertFalse(text(removed), text(removed).contains("茌平\""));
        assertEquals(204, api.send("DELETE", API + "/dictionaries/rest-it", ADMIN, null, CHANGE).statusCode());
        assertEquals(404, api.send("GET", API + "/dictionaries/rest-it", READER, null).statusCode());
    }

    private static void assertOk(String output) {
        assertFalse(output, output.contains("ERROR") || output.contains("Error"));
    }

    private static List<String> tokens(CorpusView corpus, int document) {
        List<String> tokens = new ArrayList<>();
        for (int position = corpus.documentStart(document); position < corpus.documentStart(document + 1); position++) {
            tokens.add(corpus.lexicon().type(corpus.typeId(position)) + "@" + corpus.tokenStart(position));
        }
        return tokens;
    }

    private static List<String> words(CorpusView corpus) {
        List<String> words = new ArrayList<>();
        for (int position = 0; position < corpus.documentStart(corpus.documentCount()); position++) {
            words.add(corpus.lexicon().type(corpus.typeId(position)));
        }
        return words;
    }
}
