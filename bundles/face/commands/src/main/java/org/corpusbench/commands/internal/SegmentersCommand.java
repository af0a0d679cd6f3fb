package org.corpusbench.commands.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.corpusbench.api.NotFoundException;
import org.corpusbench.api.Segmenters;

/** {@code corpus:segmenters}: the segmenters installed now, with what provenance records of them. */
@Service
@Command(scope = "corpus", name = "segmenters", description = "Lists the installed segmenters; Default marks the one "
        + "loads use unless corpus:load --segmenter names another",
        detailedDescription = "Examples:\n"
            + "  corpus:segmenters\n"
            + "      the segmenters installed now")
public class SegmentersCommand implements Action {
    @Reference
    Segmenters segmenters;

    @Option(name = "--no-format", description = "Print tab-separated rows, for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable().emptyText("No segmenters are installed.").column("Name")
                .column("Default").column("Modes").column("Library and mode");
        String defaultName;
        try {
            defaultName = segmenters.defaultName();
        } catch (NotFoundException e) {
            defaultName = null; // the configured one is not installed: loads that name none fail, listing still works
        }
        for (String name : segmenters.names()) {
            Map<String, String> provenance = new TreeMap<>(segmenters.find(name).provenance());
            provenance.keySet().removeIf(key -> key.endsWith(".sha256"));
            table.addRow(name, name.equals(defaultName) ? "yes" : "", segmenters.find(name).modes().stream().sorted()
                    .map(mode -> mode.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(",")), provenance.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        table.print(System.out, !noFormat);
        return null;
    }
}
