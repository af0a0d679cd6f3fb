package org.corpusbench.example.wordlength.internal;

import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.example.wordlength.WordLengthDistribution;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code wordlength} analysis. Copy this bundle to write your own: registering an
 * {@link Analysis} service with these properties is all it takes for the analysis to appear in
 * {@code corpus:analyses}, REST and the web console; dropping the jar into {@code deploy/} adds it,
 * deleting it removes it. The registry adds the {@code selection} parameter and checks every
 * value against the specs before {@link #run} is called, so nothing here validates input.
 */
@Component(service = Analysis.class)
@AnalysisProperties(name = "wordlength", title = "Word length distribution",
        description = "Word tokens and types by length in characters (Unicode code points), with each length's share "
                + "of word tokens, as word-length studies count it (Grzybek 2006). Words are Chinese words, numbers "
                + "and Latin words; punctuation and symbols are left out.")
public final class WordLengthAnalysis implements Analysis {
    private static final String CHINESE_ONLY = "chinese_only";
    private final WordLengthDistribution distribution = new WordLengthDistribution();

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(CHINESE_ONLY, ParameterType.BOOLEAN, "false",
                "Count Chinese words only, leaving out numbers and Latin words"));
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        return distribution.compute(corpus, selection, parameters.bool(CHINESE_ONLY), progress);
    }
}
