package org.corpusbench.analysis.concordance.internal;

import java.util.List;
import org.corpusbench.analysis.concordance.DispersionPlot;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code dispersion-plot} analysis: see {@link DispersionPlot}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "dispersion-plot", title = "Dispersion plot",
        description = "Where a CQL query's hits fall in each document that has any, as AntConc's Concordance Plot "
                + "(Anthony 2022): document size in tokens, hits, hits per 1,000 tokens and each hit's start as a "
                + "fraction of the document, (start - document start) / tokens, rounded half up to 6 decimals.")
public final class DispersionPlotAnalysis implements Analysis {
    private static final List<ParameterSpec> PARAMETERS = List.of(QueryParameters.QUERY_SPEC, MatchStrategy.parameter());
    private final QueryService queries;

    /** @param queries finds the hits */
    @Activate
    public DispersionPlotAnalysis(@Reference QueryService queries) {
        this.queries = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        return DispersionPlot.of(corpus, QueryParameters.search(queries, corpus, selection, parameters, progress));
    }
}
