package org.corpusbench.analysis.frequency.internal;

import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.osgi.service.component.annotations.Component;

/** The {@code frequency} analysis: see {@link WordFrequency}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "frequency", title = "Word frequency",
        description = "Words by raw frequency with frequency per million word tokens (AntConc Word List); "
                + "punctuation, whitespace and symbols excluded.")
public final class FrequencyAnalysis implements Analysis {
    private static final String MIN_COUNT = "min_count";
    private final WordFrequency frequency = new WordFrequency();

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(MIN_COUNT, ParameterType.INTEGER, "1", "Leave out words seen fewer times"));
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        long minCount = parameters.integer(MIN_COUNT);
        if (minCount < 1) {
            throw new CorpusException("Parameter 'min_count' must be at least 1, not " + minCount);
        }
        return frequency.compute(corpus, selection, minCount, progress);
    }
}
