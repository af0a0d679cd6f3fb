package org.corpusbench.commands.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.AnalysisService;

/** The arguments every command that runs an analysis takes: {@code <analysis> <corpus> [name=value ...]}. */
abstract class AnalysisAction implements Action {
    @Reference
    AnalysisService analyses;

    @Reference(optional = true)
    Session session;

    @Argument(index = 0, name = "analysis", required = true, description = "The analysis name (see corpus:analyses)")
    @Completion(AnalysisNameCompleter.class)
    String analysis;

    @Argument(index = 1, name = "corpus", required = true, description = "The corpus name")
    @Completion(CorpusNameCompleter.class)
    String corpus;

    @Argument(index = 2, name = "parameters", multiValued = true, description = "Parameters as name=value; "
            + "Tab completes the analysis's parameters and their values (corpus:analyses <analysis> describes them)")
    @Completion(ParameterCompleter.class)
    List<String> parameters;

    /** @return the result of the analysis the arguments name; close it when done */
    AnalysisResult runAnalysis(Progress progress) {
        return analyses.run(analysis, corpus, ParameterArguments.parse(parameters), progress);
    }
}
