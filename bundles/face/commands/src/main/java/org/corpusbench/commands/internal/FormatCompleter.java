package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.corpusbench.api.export.Exporter;

/** Completes the export formats installed now. */
@Service
public class FormatCompleter implements Completer {
    @Reference
    List<Exporter> exporters;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(exporters.stream().map(Exporter::format).toList()).complete(session, commandLine, candidates);
    }
}
