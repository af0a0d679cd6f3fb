package org.corpusbench.commands.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.CorpusException;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** {@code corpus:cleaning}: the cleaning pipeline, and switching a step on or off. */
@Service
@Command(scope = "corpus", name = "cleaning", description = "Lists the cleaning steps and splitters in the order they run, "
        + "or switches one on or off (then corpus:reclean cleans a corpus again)")
public class CleaningCommand implements Action {
    @Reference
    BundleContext context;

    @Reference
    ConfigurationAdmin configurations;

    @Reference
    ServiceComponentRuntime runtime;

    @Argument(index = 0, name = "switch", description = "on or off")
    @Completion(values = {"on", "off"}, value = StringsCompleter.class)
    String onOrOff;

    @Argument(index = 1, name = "step", description = "The step or splitter to switch")
    String step;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Override
    public Object execute() throws Exception {
        CleaningSteps steps = new CleaningSteps(context);
        if (onOrOff != null) {
            if (step == null || !onOrOff.equals("on") && !onOrOff.equals("off")) {
                throw new CorpusException("Usage: corpus:cleaning on|off <step>");
            }
            String pid = steps.switchTo(step, onOrOff.equals("on"), configurations, runtime);
            System.out.println("Switched " + onOrOff + " '" + step + "' (configuration " + pid
                    + "); new imports use it; corpus:reclean <corpus> cleans a stored corpus again");
        }
        ConsoleTable table = new ConsoleTable().emptyText("No cleaning steps are installed.")
                .numberColumn("Order").column("Kind").column("Name").column("On").column("Settings");
        for (CleaningSteps.Step s : steps.list()) {
            table.addRow(s.order(), s.kind(), s.name(), s.enabled() ? "on" : "off", s.settings());
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
