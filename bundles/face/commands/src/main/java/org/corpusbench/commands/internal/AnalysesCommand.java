package org.corpusbench.commands.internal;

import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;
import org.corpusbench.api.analysis.ParameterSpec;

/**
 * {@code corpus:analyses}: the analyses available now, with their parameters; with a name, one
 * analysis's description and each parameter's type, default, allowed values and meaning.
 */
@Service
@Command(scope = "corpus", name = "analyses", description = "Lists the available analyses and their parameters",
        detailedDescription = "Examples:\n"
            + "  corpus:analyses\n"
            + "      every analysis installed now, with its parameters and defaults\n"
            + "  corpus:analyses keywords\n"
            + "      what keywords computes and each parameter's type, default and allowed values")
public class AnalysesCommand implements Action {
    @Reference
    AnalysisService analyses;

    @Argument(index = 0, name = "analysis", description = "Show this analysis in full: what it computes and every parameter")
    @Completion(AnalysisNameCompleter.class)
    String name;

    @Option(name = "--no-format", description = "Print the table without borders, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        if (name != null) {
            describe(analyses.analysis(name).orElseThrow(() -> new NotFoundException("analysis", name)));
            return null;
        }
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

    private void describe(AnalysisDescriptor analysis) {
        System.out.println(analysis.name() + ": " + analysis.title());
        System.out.println(analysis.description());
        System.out.println();
        ConsoleTable table = new ConsoleTable().column("Parameter").column("Type").column("Default").column("Allowed")
                .column("Meaning");
        for (ParameterSpec parameter : analysis.parameters()) {
            table.addRow(parameter.name(), parameter.type().name().toLowerCase(),
                    parameter.required() ? "(required)" : parameter.defaultValue(), allowed(parameter), parameter.description());
        }
        table.print(System.out, !noFormat);
    }

    /** The choices, or the bounds as an interval; whole numbers shown without a decimal point. */
    static String allowed(ParameterSpec parameter) {
        if (!parameter.choices().isEmpty()) {
            return String.join("|", parameter.choices());
        }
        if (parameter.min() == null && parameter.max() == null) {
            return "";
        }
        return bound(parameter.min()) + ".." + bound(parameter.max());
    }

    private static String bound(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
    }
}
