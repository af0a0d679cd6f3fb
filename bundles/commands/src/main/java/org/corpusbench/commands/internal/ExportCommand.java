package org.corpusbench.commands.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.export.Exporter;

/**
 * {@code corpus:export}: runs an analysis and writes the whole result to a file. It writes a
 * temporary file beside the target and renames it, so a failure never leaves half a file.
 */
@Service
@Command(scope = "corpus", name = "export", description = "Runs an analysis and writes its result to a CSV or JSON file")
public class ExportCommand extends AnalysisAction {
    @Reference
    List<Exporter> exporters;

    @Option(name = "--format", required = true, description = "csv or json")
    @Completion(FormatCompleter.class)
    String format;

    @Option(name = "--output", required = true, description = "The file to write")
    @Completion(FileCompleter.class)
    String output;

    @Override
    public Object execute() throws IOException {
        Exporter exporter = exporters.stream().filter(e -> e.format().equals(format)).findFirst()
                .orElseThrow(() -> new CorpusException("Unknown format '" + format + "'; available: "
                        + exporters.stream().map(Exporter::format).sorted().collect(Collectors.joining(", "))));
        Path target = Path.of(output).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CorpusException("Cannot write '" + target + "': it is a folder");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new CorpusException("Cannot write '" + target + "': the folder does not exist or is not writable");
        }
        Path temporary = Files.createTempFile(folder, ".corpus-export-", ".part");
        ConsoleProgress progress = new ConsoleProgress(System.out);
        try (AnalysisResult result = runAnalysis(progress)) {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                exporter.write(result, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        progress.finish();
        System.out.println("Wrote " + Files.size(target) + " bytes to " + target);
        return null;
    }
}
