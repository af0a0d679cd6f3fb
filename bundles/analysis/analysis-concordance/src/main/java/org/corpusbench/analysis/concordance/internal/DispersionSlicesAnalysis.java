package org.corpusbench.analysis.concordance.internal;

import java.util.List;
import org.corpusbench.analysis.concordance.DispersionSlices;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code dispersion-slices} analysis: see {@link DispersionSlices}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "dispersion-slices", title = "Dispersion in equal slices",
        description = "Where a CQL query's hits fall along the whole corpus or selection: its tokens in corpus order cut "
                + "into equal slices (slice i of n over T tokens is [ceil(iT/n), ceil((i+1)T/n))), each with its token "
                + "range, the document it starts in, the hits starting in it and hits per 1,000 of its tokens; as "
                + "AntConc's Concordance Plot draws one bar for a whole corpus (Anthony 2022).")
public final class DispersionSlicesAnalysis implements Analysis {
    private static final String SLICES = "slices";
    private static final List<ParameterSpec> PARAMETERS = List.of(QueryParameters.QUERY_SPEC,
            new ParameterSpec(SLICES, ParameterType.INTEGER, "50", "How many equal slices the tokens are cut into")
                    .between(1, 1000),
            MatchStrategy.parameter());
    private final QueryService queries;

    /** @param queries finds the hits */
    @Activate
    public DispersionSlicesAnalysis(@Reference QueryService queries) {
        this.queries = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        return DispersionSlices.of(corpus, selection, QueryParameters.search(queries, corpus, selection, parameters, progress),
                (int) parameters.integer(SLICES), progress);
    }
}
