package org.corpusbench.commands.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusRepository;

/** {@code corpus:cleaning-report}: what cleaning did to each source of a corpus. */
@Service
@Command(scope = "corpus", name = "cleaning-report", description = "Shows what cleaning did to each source: articles found, "
        + "lines joined, furniture removed, widths normalised",
        detailedDescription = "Examples:\n"
            + "  corpus:cleaning-report seeds\n"
            + "      per source: articles found, lines joined, furniture removed")
public class CleaningReportCommand implements Action {
    @Reference
    CorpusRepository repository;

    @Argument(index = 0, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        CleaningReport report = CleaningReport.of(repository.require(corpus));
        ConsoleTable table = new ConsoleTable().emptyText("Corpus '" + corpus + "' has no cleaned documents.")
                .column("Source").numberColumn("Articles").numberColumn("Documents").column("Step").column("Counts");
        for (CleaningReport.SourceCleaning source : report.sources()) {
            boolean first = true;
            for (Map.Entry<String, Map<String, Integer>> step : source.steps().entrySet()) {
                table.addRow(first ? source.source() : "", first ? source.articles() : "", first ? source.documents() : "",
                        step.getKey(), step.getValue().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" ")));
                first = false;
            }
            if (first) {
                table.addRow(source.source(), source.articles(), source.documents(), "", "");
            }
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
