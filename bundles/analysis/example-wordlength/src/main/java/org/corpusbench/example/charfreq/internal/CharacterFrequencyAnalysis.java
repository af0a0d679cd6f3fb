package org.corpusbench.example.charfreq.internal;

import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code charfreq} analysis. This whole bundle is the template for a new analysis: one
 * component that registers {@link Analysis} with its properties, and the computation in a plain
 * class beside it.
 */
@Component(service = Analysis.class)
@AnalysisProperties(name = "charfreq", title = "Character frequency",
        description = "Chinese characters by frequency in Chinese words, per million Han characters.")
public final class CharacterFrequencyAnalysis implements Analysis {
    private final CharacterFrequency frequency = new CharacterFrequency();

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        return frequency.compute(corpus, selection, progress);
    }
}
