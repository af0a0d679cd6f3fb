package org.corpusbench.analysis.profile.internal;

import java.util.List;
import java.util.Locale;
import org.corpusbench.analysis.profile.TextProfile;
import org.corpusbench.analysis.profile.TextProfiler;
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

/** The {@code profile} analysis: see {@link TextProfiler}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "profile", title = "Corpus profile",
        description = "Per document and for the whole selection (row 'all', first): tokens, word tokens, word types, "
                + "TTR (types / word tokens, a ratio), STTR as WordSmith computes it (Scott, WordSmith Tools manual: "
                + "mean TTR of consecutive chunks of 1,000 word tokens, the last incomplete chunk left out; NaN for "
                + "fewer words; chunks never span two documents, and the selection's STTR averages all its documents' chunks), hapax and dis legomena, "
                + "mean word length in code points, sentences and mean sentence length in word tokens. Words are "
                + "Chinese words, numbers and Latin words; punctuation counts only in tokens.")
public final class ProfileAnalysis implements Analysis {
    private static final String LEVEL = "level";
    private static final String CHUNK = "chunk";
    private final TextProfiler profiler = new TextProfiler();

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(LEVEL, ParameterType.STRING, "both", "Rows per document, for the selection, or both")
                        .oneOf("documents", "corpus", "both"),
                new ParameterSpec(CHUNK, ParameterType.INTEGER, "1000", "Word tokens per STTR chunk").between(100, 100_000));
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        TextProfiler.Level level = TextProfiler.Level.valueOf(parameters.string(LEVEL).toUpperCase(Locale.ROOT));
        List<TextProfile> rows = profiler.profile(corpus, selection, level, (int) parameters.integer(CHUNK), progress);
        return new ResultTable(TextProfiler.COLUMNS, rows.stream().map(TextProfile::cells));
    }
}
