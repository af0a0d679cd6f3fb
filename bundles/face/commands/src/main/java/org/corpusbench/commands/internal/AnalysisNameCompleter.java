package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.corpusbench.api.analysis.AnalysisDescriptor;
import org.corpusbench.api.analysis.AnalysisService;

/** Completes the names of the analyses available now. */
@Service
public class AnalysisNameCompleter extends LiveCompleter {
    @Reference
    AnalysisService analyses;

    @Override
    List<String> candidates(CommandLine line) {
        return analyses.analyses().stream().map(AnalysisDescriptor::name).toList();
    }
}
