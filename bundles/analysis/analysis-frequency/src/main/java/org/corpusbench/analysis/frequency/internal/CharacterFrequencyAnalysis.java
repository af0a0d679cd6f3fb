package org.corpusbench.analysis.frequency.internal;

import java.util.List;
import org.corpusbench.analysis.frequency.CharacterFrequency;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.osgi.service.component.annotations.Component;

/** The {@code charfreq} analysis: see {@link CharacterFrequency}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "charfreq", title = "Character frequency",
        description = "Chinese characters (code points of Unicode script Han, wherever they occur) by frequency, "
                + "as Jun Da's Modern Chinese Character Frequency List (2004) counts them, with per_million "
                + "(per million Han characters of the selection) and range (selected documents holding the "
                + "character, as AntConc 4's Word List gives for words).")
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
