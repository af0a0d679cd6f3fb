package org.corpusbench.analysis.concordance.internal;

import java.util.List;
import org.corpusbench.analysis.concordance.Concordance;
import org.corpusbench.analysis.concordance.ContextUnit;
import org.corpusbench.analysis.concordance.KwicSort;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code kwic} analysis: see {@link Concordance} and {@link KwicSort}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "kwic", title = "Concordance (KWIC)",
        description = "Key Word In Context lines of a CQL query's hits, a page at a time (CQPweb, Hardie 2012; "
                + "AntConc KWIC, Anthony 2022), with document id, metadata and the hit's code-point offsets in the "
                + "cleaned and the original text. Context in tokens or characters, never crossing the document. "
                + "Sorts: corpus order; node (the hit's first three words, then corpus order, as CQPweb sorts on a few "
                + "positions only); left1-3/right1-3 (the word at that position, ties "
                + "broken by the next two positions outward, AntConc's three sort levels, then corpus order; words in "
                + "code-point order, a missing word first); random (a java.util.Random shuffle from the seed).")
public final class KwicAnalysis implements Analysis {
    private static final String CONTEXT = "context";
    private static final String CONTEXT_UNIT = "context_unit";
    private static final String SORT = "sort";
    private static final String SEED = "seed";
    private static final String PAGE = "page";
    private static final String PAGE_SIZE = "page_size";
    private static final List<ParameterSpec> PARAMETERS = List.of(QueryParameters.QUERY_SPEC,
            new ParameterSpec(CONTEXT, ParameterType.INTEGER, "5", "Context on each side of the hit").between(0, 100),
            new ParameterSpec(CONTEXT_UNIT, ParameterType.STRING, "tokens", "What the context counts")
                    .oneOf("tokens", "characters"),
            new ParameterSpec(SORT, ParameterType.STRING, "corpus", "Order of the lines")
                    .oneOf("corpus", "node", "left1", "left2", "left3", "right1", "right2", "right3", "random"),
            new ParameterSpec(SEED, ParameterType.INTEGER, "1", "Seed of the random order; the same seed gives the same order"),
            new ParameterSpec(PAGE, ParameterType.INTEGER, "1", "Which page of lines").between(1, Integer.MAX_VALUE),
            new ParameterSpec(PAGE_SIZE, ParameterType.INTEGER, "50", "Lines per page").between(1, 1000),
            MatchStrategy.parameter());
    private final QueryService queries;

    /** @param queries finds the hits */
    @Activate
    public KwicAnalysis(@Reference QueryService queries) {
        this.queries = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        Hits hits = QueryParameters.search(queries, corpus, selection, parameters, progress);
        Concordance concordance = Concordance.of(corpus, hits, KwicSort.of(parameters.string(SORT)),
                parameters.integer(SEED), (int) parameters.integer(CONTEXT),
                ContextUnit.of(parameters.string(CONTEXT_UNIT)), progress);
        return new ResultTable(Concordance.COLUMNS,
                concordance.page(parameters.integer(PAGE), (int) parameters.integer(PAGE_SIZE)));
    }
}
