package org.corpusbench.commands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.PipelineStage;
import org.junit.jupiter.api.Test;

/** corpus:cleaning's listing and the --clean options of corpus:load and corpus:reclean. */
class CleaningCommandTest {

    @Test
    void listsEachStageWithItsPerLoadSettingsAndTheirValues() {
        List<PipelineStage> stages = List.of(
                new PipelineStage("normalise-width", PipelineStage.Kind.STEP, 150, true, Map.of("fold.traditional", "false"),
                        Map.of("fold.traditional", "false", "patterns", "[a]")),
                new PipelineStage("newspaper-articles", PipelineStage.Kind.SPLITTER, 1000, false, Map.of(), Map.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CleaningCommand.table(stages).print(new PrintStream(out, true, StandardCharsets.UTF_8), false);

        assertEquals(List.of("150\tstep\tnormalise-width\ton\tfold.traditional=false\tpatterns=[a]",
                "1000\tsplitter\tnewspaper-articles\toff\t\t"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void showsTheSettingsACorpusRecords() {
        CorpusInfo info = new CorpusInfo("c", 1, 1, 1, 1, Instant.EPOCH, Map.of("cleaning.option.normalise-width.fold.traditional", "true",
                "cleaning.option.rejoin-lines.enabled", "false", CorpusInfo.CLEANING, "normalise-width"));
        assertEquals("; cleaning settings: normalise-width.fold.traditional=true rejoin-lines.enabled=false", CleanArguments.recorded(info));
        assertEquals("", CleanArguments.recorded(new CorpusInfo("c", 1, 1, 1, 1, Instant.EPOCH, Map.of())));
    }
}
