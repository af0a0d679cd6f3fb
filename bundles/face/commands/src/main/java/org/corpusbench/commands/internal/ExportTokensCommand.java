package org.corpusbench.commands.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.ExportFiles;
import org.corpusbench.api.export.CorpusExporter;
import org.corpusbench.api.export.Formats;

/** {@code corpus:export-tokens}: writes the segmented corpus as space-separated text or CWB vertical format. */
@Service
@Command(scope = "corpus", name = "export-tokens",
        description = "Writes the segmented corpus: plain (a sentence per line, tokens separated by spaces) or vertical (CWB)",
        detailedDescription = "Examples:\n"
            + "  corpus:export-tokens --output seeds.txt seeds\n"
            + "      a sentence per line, tokens separated by spaces\n"
            + "  corpus:export-tokens --format vertical --output seeds.vrt seeds\n"
            + "      CWB's vertical format, for cwb-encode")
public class ExportTokensCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Reference
    List<CorpusExporter> exporters;

    @Option(name = "--format", description = "plain (default) or vertical")
    @Completion(TokenFormatCompleter.class)
    String format = "plain";

    @Reference
    ExportFiles files;

    @Reference(optional = true)
    Session session;

    @Option(name = "--output", required = true, description = "The file to write, in the export folder (data/export) "
            + "unless another export root is named")
    String output; // no file completion: it would list folders outside the export roots

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Override
    public Object execute() throws IOException {
        CorpusExporter exporter = Formats.pick(exporters, CorpusExporter::format, format, "token format");
        CorpusView view = repository.require(corpus);
        Path target = files.target(output);
        // the token exporters report no progress, but Ctrl-C still stops the writing: it closes the file's channel
        ConsoleProgress cancelling = ConsoleProgress.of(session);
        long bytes;
        try {
            bytes = OutputFile.write(target, out -> exporter.write(view, out));
        } catch (IOException e) {
            cancelling.cancelledOrRethrow(e, System.out, files.describe(target) + " was not written");
            return null;
        }
        System.out.println("Wrote " + bytes + " bytes to " + files.describe(target));
        return null;
    }
}
