package org.corpusbench.commands.internal;

import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;

/** {@code corpus:analyses}: the analyses available now, with their parameters. */
@Service
@Command(scope = "corpus", name = "analyses", description = "Lists the available analyses and their parameters")
public class AnalysesCommand implements Action {
    @Reference
    AnalysisService analyses;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable().emptyText("No analyses are installed.")
                .column("Name").column("Title").column("Parameters (default)").column("Bundle");
        for (AnalysisDescriptor analysis : analyses.analyses()) {
            String parameters = analysis.parameters().stream()
                    .map(p -> p.name() + "=" + (p.required() ? "<" + p.type().name().toLowerCase() + ">" : p.defaultValue()))
                    .collect(Collectors.joining(" "));
            table.addRow(analysis.name(), analysis.title(), parameters,
                    analysis.bundle() + " " + analysis.version());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
