package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Part-of-speech tags from segmenter to store, CQL, analyses and export: the seeds loaded with
 * {@code jieba-pos} (cleaning and article splitting off, so the text is the files' and Python's reference applies) hold
 * Python jieba.posseg's tags, counted against the committed reference ({@code <seed>.posseg.jsonl}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PosTagsIT extends WorkbenchTestSupport {
    /** Python jieba 0.42.1's posseg output on the seeds, line by line, as jieba-engine's tests keep it. */
    private static final String REFERENCE = "corpusbench.posseg.reference";
    private static final String NO_CLEANING = " --clean remove-furniture.enabled=false --clean rejoin-lines.enabled=false"
            + " --clean normalise-whitespace.enabled=false --clean normalise-width.enabled=false ";

    @Override
    @Configuration
    public Option[] configuration() {
        Path reference = Path.of("../bundles/segment/jieba-engine/src/test/resources/jieba-0.42.1").toAbsolutePath().normalize();
        // The article splitter moves bylines out of the text; off, each seed is one document holding the whole file.
        return OptionUtils.combine(super.configuration(), systemProperty(REFERENCE).value(reference.toString()),
                editConfigurationFilePut("etc/org.corpusbench.cleaning.articles.cfg", "corpus.cleaning.enabled", "false"),
                ports(28181, 28101, 21099, 44455)); // its own, so it may run beside another helper's ITs
    }

    @Test
    public void seedsLoadedWithTagsAnswerTagQueriesAnalysesAndExportAsPythonPossegTagsThem() throws Exception {
        awaitSeeds();
        await("the jieba-pos segmenter", () -> executeCommand("corpus:segmenters").contains("jieba-pos"));
        Path seeds = Path.of(System.getProperty("karaf.home"), "seeds");
        String loaded = executeCommand("corpus:load --name tagged --segmenter jieba-pos" + NO_CLEANING + seeds);
        assertFalse(loaded, loaded.contains("Error"));

        CorpusView tagged = repository().require("tagged");
        assertTrue(tagged.hasTags());
        assertFalse("the seeds corpus was segmented without tags", repository().require("seeds").hasTags());
        assertEquals("jieba-pos", tagged.info().segmenter());

        QueryService queries = service(QueryService.class);
        int liaocheng = count(queries, tagged, "[word=\"聊城\" & pos=\"ns\"]");
        assertEquals(reference("聊城", "ns"), liaocheng);
        assertEquals(reference(null, "ns"), count(queries, tagged, "[pos=\"ns\"]"));
        // jieba's dictionary tags 发展 vn, so Python never tags it v: the pair test tells them apart
        assertEquals(reference("发展", "vn"), count(queries, tagged, "[word=\"发展\" & pos=\"vn\"]"));
        assertEquals(reference("发展", "v"), count(queries, tagged, "[word=\"发展\" & pos=\"v\"]"));
        assertEquals(count(queries, tagged, "\"发展\"") - reference("发展", "vn"), count(queries, tagged, "[word=\"发展\" & pos!=\"vn\"]"));
        String refused = executeCommand("corpus:query seeds '[pos=\"ns\"]'");
        assertTrue(refused, refused.contains("Corpus 'seeds' has no part-of-speech tags"));

        AnalysisService analyses = service(AnalysisService.class);
        try (AnalysisResult places = analyses.run("frequency", "tagged", Map.of("pos", "ns"), Progress.NONE)) {
            List<List<Object>> rows = places.table().rows().toList();
            assertEquals("聊城", rows.get(0).get(1));
            assertEquals((long) liaocheng, rows.get(0).get(2));
            assertEquals(reference(null, "ns"), rows.stream().mapToLong(row -> (Long) row.get(2)).sum());
        }

        String exported = executeCommand("corpus:export-tokens --format vertical --output tagged.vrt tagged");
        assertFalse(exported, exported.contains("Error"));
        Path file = Path.of(System.getProperty("karaf.data"), "export", "tagged.vrt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.contains("聊城\tchinese_word\tns"));
        assertEquals(reference("发展", "vn"), lines.stream().filter("发展\tchinese_word\tvn"::equals).count());
    }

    private static int count(QueryService queries, CorpusView corpus, String cql) {
        return queries.search(corpus, DocumentSelection.ALL, cql, MatchStrategy.STANDARD, Progress.NONE).size();
    }

    /** @return how many words Python tagged so (any word if null) in the seeds */
    private static long reference(String word, String tag) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long count = 0;
        try (var files = Files.list(Path.of(System.getProperty(REFERENCE)))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("00\\d_[0-9a-f]+\\.txt\\.posseg\\.jsonl")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (JsonNode pair : json.readTree(line)) {
                        if ((word == null || word.equals(pair.get(0).asText())) && tag.equals(pair.get(1).asText())) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }
}
