package org.corpusbench.analysis.frequency.internal;

import static org.corpusbench.analysis.frequency.FrequencyParameters.MIN_COUNT;
import static org.corpusbench.analysis.frequency.FrequencyParameters.MIN_RANGE;
import static org.corpusbench.analysis.frequency.FrequencyParameters.STOPWORDS;

import java.util.List;
import org.corpusbench.analysis.frequency.FrequencyList;
import org.corpusbench.analysis.frequency.FrequencyParameters;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.TagFilter;
import org.osgi.service.component.annotations.Component;

/** The {@code frequency} analysis: see {@link FrequencyList}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "frequency", title = "Word frequency and dispersion",
        description = "Words by frequency (AntConc Word List) with per_million (per million counted tokens N of the "
                + "selection), range and range_percent (share of the selection's non-empty documents), and dispersion "
                + "over those documents with their real sizes in counted tokens: Juilland's D on relative frequencies "
                + "with the population standard deviation, D = 1 - (sd/mean)/sqrt(n-1) (Juilland & Chang-Rodriguez 1964, "
                + "as in Gries 2008); Gries's DP = 1/2 sum|v_i - s_i| (Gries 2008); DPnorm = DP/(1 - min s_i) "
                + "(Lijffijt & Gries 2012); ARF with v = N/f and cyclic distances in counted tokens (Savicky & "
                + "Hlavacova 2002). D and DPnorm are NaN with fewer than two documents. Stopwords are counted, not listed. "
                + "With pos (a regular expression on the part-of-speech tag), only tokens so tagged are counted, in every figure.")
public final class FrequencyAnalysis implements Analysis {

    @Override
    public List<ParameterSpec> parameters() {
        return FrequencyParameters.ALL;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        FrequencyList list = new FrequencyList(CountedTypes.of(parameters),
                parameters.stopwords(STOPWORDS), parameters.integer(MIN_COUNT), parameters.integer(MIN_RANGE));
        TagFilter tags = TagFilter.of(parameters);
        return list.compute(tags == null ? corpus : tags.apply(corpus, false), selection, progress);
    }
}
