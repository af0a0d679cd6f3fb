package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.export.Exporter;

/** Completes the export formats installed now. */
@Service
public class FormatCompleter extends LiveCompleter {
    @Reference
    List<Exporter> exporters;

    @Override
    List<String> candidates(CommandLine line) {
        return exporters.stream().map(Exporter::format).toList();
    }
}
