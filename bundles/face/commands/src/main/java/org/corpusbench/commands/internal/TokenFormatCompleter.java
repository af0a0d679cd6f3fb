package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.export.CorpusExporter;

/** Completes the formats corpus:export-tokens can write with the token exporters installed now. */
@Service
public class TokenFormatCompleter extends LiveCompleter {
    @Reference
    List<CorpusExporter> exporters;

    @Override
    List<String> candidates(CommandLine line) {
        return exporters.stream().map(CorpusExporter::format).toList();
    }
}
