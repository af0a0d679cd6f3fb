package org.corpusbench.api.analysis;

import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One analysis, registered as a service with the properties {@link #NAME}, {@link #TITLE} and
 * {@link #DESCRIPTION} (most easily through {@link AnalysisProperties}). A bundle that registers
 * one appears in the console, REST and the web console; removing it removes the analysis.
 * Implementations are thread-safe: several runs may overlap.
 */
@ConsumerType
public interface Analysis {
    /** Service property: the analysis's name, used in commands and URLs ({@code frequency}). */
    String NAME = "corpus.analysis.name";
    /** Service property: a short title for people. */
    String TITLE = "corpus.analysis.title";
    /** Service property: one or two sentences on what it computes and which published variant. */
    String DESCRIPTION = "corpus.analysis.description";

    /** @return the parameters it takes besides the corpus and the selection, with defaults */
    List<ParameterSpec> parameters();

    /**
     * @param corpus the corpus to analyse
     * @param selection the documents to look at
     * @param parameters values for every declared parameter, already checked and typed
     * @param progress to report progress and to check for cancellation
     * @return the result, whose rows may be computed as they are read
     * @throws org.corpusbench.api.CorpusException for a problem the user can act on
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress);
}
