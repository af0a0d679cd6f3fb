package org.corpusbench.api.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The registry and executor of analyses that the console, REST and the web console use instead
 * of looking analyses up themselves. Thread-safe.
 */
@ProviderType
public interface AnalysisService {
    /** Every analysis accepts this {@link ParameterType#DOCUMENT_SELECTION} parameter. */
    String SELECTION = "selection";

    /** @return the analyses available now, by name */
    List<AnalysisDescriptor> analyses();

    /**
     * @param name an analysis name
     * @return the analysis, if available now
     */
    Optional<AnalysisDescriptor> analysis(String name);

    /**
     * Checks the parameters, resolves corpora and selections, and runs the analysis.
     *
     * @param analysis an analysis name
     * @param corpus a corpus name
     * @param parameters values as text by parameter name; missing ones take their defaults
     * @param progress to report progress and to cancel
     * @return the result with its provenance; close it when done
     * @throws org.corpusbench.api.NotFoundException if the analysis or a corpus does not exist
     * @throws org.corpusbench.api.CorpusException if a parameter is unknown or its value invalid
     */
    AnalysisResult run(String analysis, String corpus, Map<String, String> parameters, Progress progress);
}
