package org.corpusbench.commands.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.ExportFiles;
import org.corpusbench.api.export.Exporter;
import org.corpusbench.api.export.Formats;

/** {@code corpus:export}: runs an analysis and writes the whole result to a file (see {@link OutputFile}). */
@Service
@Command(scope = "corpus", name = "export", description = "Runs an analysis and writes its result to a CSV or JSON file; Ctrl-C cancels and writes nothing",
        detailedDescription = "Examples:\n"
            + "  corpus:export --format csv --output seeds.csv frequency seeds\n"
            + "      the whole frequency list into data/export/seeds.csv\n"
            + "  corpus:export --format json --output march.json keywords seeds selection=@march reference=rest\n"
            + "      keywords of a subcorpus as JSON")
public class ExportCommand extends AnalysisAction {
    @Reference
    List<Exporter> exporters;

    @Option(name = "--format", required = true, description = "csv or json")
    @Completion(FormatCompleter.class)
    String format;

    @Reference
    ExportFiles files;

    @Option(name = "--output", required = true, description = "The file to write, in the export folder (data/export) "
            + "unless another export root is named")
    String output; // no file completion: it would list folders outside the export roots

    @Override
    public Object execute() throws IOException {
        Exporter exporter = Formats.pick(exporters, Exporter::format, format, "format");
        Path target = files.target(output);
        ConsoleProgress progress = ConsoleProgress.of(session);
        long bytes;
        try (AnalysisResult result = runAnalysis(progress)) {
            bytes = OutputFile.write(target, out -> exporter.write(result, out));
        } catch (IOException e) {
            // Ctrl-C while the file is written closes its channel: an IOException that is cancelling too
            progress.cancelledOrRethrow(e, System.out, files.describe(target) + " was not written");
            return null;
        } catch (RuntimeException e) {
            progress.cancelledOrRethrow(e, System.out, files.describe(target) + " was not written");
            return null;
        }
        progress.finish();
        System.out.println("Wrote " + bytes + " bytes to " + files.describe(target));
        return null;
    }
}
