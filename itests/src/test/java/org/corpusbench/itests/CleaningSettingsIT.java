package org.corpusbench.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Per-load cleaning settings from the console: a Big5 traditional page loaded with
 * {@code --clean fold.traditional=true} is folded, records the setting and keeps it through
 * corpus:reclean, while the same page loaded without it keeps its traditional text.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CleaningSettingsIT extends WorkbenchTestSupport {
    private static final String OPTION = CorpusInfo.CLEANING_OPTION_PREFIX + "normalise-width.fold.traditional";

    @Test
    public void aTraditionalPageFoldedForOneLoadStaysFoldedWhenCleanedAgain() throws Exception {
        awaitSeeds(); // the pipeline is complete once the seeds are in
        Path page = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "import", "traditional")).resolve("hk.txt");
        Files.write(page, "本報訊（記者 趙宗鋒）頒獎典禮舉行。".getBytes("Big5"));

        String folded = executeCommand("corpus:load --name 繁简 --clean fold.traditional=true " + page);
        String kept = executeCommand("corpus:load --name 繁体 " + page);

        assertTrue(folded, folded.contains("Loaded corpus '繁简'") && folded.contains("cleaning settings: normalise-width.fold.traditional=true"));
        assertTrue(kept, kept.contains("Loaded corpus '繁体'") && !kept.contains("cleaning settings"));
        CorpusView simplified = repository().require("繁简");
        assertEquals("true", simplified.info().provenance().get(OPTION));
        assertEquals("颁奖典礼举行。", simplified.document(0).cleanedText());
        assertEquals("赵宗锋", simplified.document(0).metadata().get("reporters"));
        assertFalse(simplified.document(0).metadata().keySet().stream().anyMatch(key -> key.startsWith("cleaning.")));
        assertEquals("頒獎典禮舉行。", repository().require("繁体").document(0).cleanedText());

        String recleaned = executeCommand("corpus:reclean 繁简");

        assertTrue(recleaned, recleaned.contains("cleaning settings: normalise-width.fold.traditional=true"));
        CorpusView again = repository().require("繁简");
        assertEquals("true", again.info().provenance().get(OPTION));
        assertTrue(again.info().provenance().containsKey(CorpusInfo.RECLEANED));
        assertEquals("颁奖典礼举行。", again.document(0).cleanedText());
        assertEquals("本報訊（記者 趙宗鋒）頒獎典禮舉行。", again.document(0).originalText());
        executeCommand("corpus:reclean 繁体");
        assertEquals("頒獎典禮舉行。", repository().require("繁体").document(0).cleanedText());
    }

    @Test
    public void theConsoleListsEachStagesSettingsAndNamesAnUnknownOne() throws Exception {
        awaitSeeds();
        assertTrue(service(CleaningPipeline.class).stages().stream().anyMatch(stage -> stage.name().equals("normalise-width")));
        String listing = executeCommand("corpus:cleaning --no-format");
        assertTrue(listing, listing.lines().anyMatch(line -> line.contains("\tnormalise-width\ton\tfold.traditional=false\t")));

        String unknown = executeCommand("corpus:load --name nope --clean fold.simplified=true "
                + System.getProperty("karaf.home") + "/seeds").trim();
        assertTrue(unknown, unknown.startsWith("ERROR: Unknown cleaning setting 'fold.simplified'") && unknown.contains("normalise-width"));
        assertFalse(repository().get("nope").isPresent());
    }
}
