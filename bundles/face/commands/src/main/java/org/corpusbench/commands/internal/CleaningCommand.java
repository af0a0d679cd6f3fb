package org.corpusbench.commands.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.CleaningPipeline;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.PipelineStage;

/** {@code corpus:cleaning}: the cleaning pipeline, and switching a stage on or off. */
@Service
@Command(scope = "corpus", name = "cleaning", description = "Lists the cleaning steps and splitters in the order they run, "
        + "with the settings a load can change (corpus:load --clean key=value), or switches one on or off "
        + "(then corpus:reclean cleans a corpus again)",
        detailedDescription = "Examples:\n"
            + "  corpus:cleaning\n"
            + "      the steps in the order they run, with their settings\n"
            + "  corpus:cleaning off rejoin-lines\n"
            + "      switch a step off; corpus:reclean seeds then cleans seeds without it\n"
            + "  corpus:cleaning on rejoin-lines\n"
            + "      and on again")
public class CleaningCommand implements Action {
    @Reference
    CleaningPipeline pipeline;

    @Argument(index = 0, name = "switch", description = "on or off")
    @Completion(values = {"on", "off"}, value = StringsCompleter.class)
    String onOrOff;

    @Argument(index = 1, name = "step", description = "The step or splitter to switch")
    String step;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        if (onOrOff != null) {
            if (step == null || !onOrOff.equals("on") && !onOrOff.equals("off")) {
                throw new CorpusException("Usage: corpus:cleaning on|off <step>");
            }
            pipeline.switchTo(step, onOrOff.equals("on"));
            System.out.println("Switched " + onOrOff + " '" + step + "'; new imports use it; corpus:reclean <corpus> cleans a stored "
                    + "corpus again");
        }
        table(pipeline.stages()).print(System.out, !noFormat);
        return null;
    }

    /** One row per stage: its per-load settings with their configured values, then the rest of its configuration. */
    static ConsoleTable table(List<PipelineStage> stages) {
        ConsoleTable table = new ConsoleTable().emptyText("No cleaning steps are installed.")
                .numberColumn("Order").column("Kind").column("Name").column("On").column("Per-load settings").column("Configuration");
        for (PipelineStage stage : stages) {
            table.addRow(stage.order(), stage.kind().name().toLowerCase(), stage.name(), stage.enabled() ? "on" : "off",
                    pairs(stage.settings()), pairs(withoutSettings(stage)));
        }
        return table;
    }

    private static Map<String, String> withoutSettings(PipelineStage stage) {
        Map<String, String> rest = new java.util.TreeMap<>(stage.configuration());
        rest.keySet().removeAll(stage.settings().keySet());
        return rest;
    }

    private static String pairs(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
