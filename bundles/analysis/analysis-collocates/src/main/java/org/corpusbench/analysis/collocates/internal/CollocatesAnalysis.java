package org.corpusbench.analysis.collocates.internal;

import static org.corpusbench.analysis.collocates.CollocateParameters.EXPECTED;
import static org.corpusbench.analysis.collocates.CollocateParameters.LEFT;
import static org.corpusbench.analysis.collocates.CollocateParameters.MIN_COLLOCATE_COUNT;
import static org.corpusbench.analysis.collocates.CollocateParameters.MIN_PAIR_COUNT;
import static org.corpusbench.analysis.collocates.CollocateParameters.QUERY;
import static org.corpusbench.analysis.collocates.CollocateParameters.RIGHT;
import static org.corpusbench.analysis.collocates.CollocateParameters.SORT;
import static org.corpusbench.analysis.collocates.CollocateParameters.STOPWORDS;
import static org.corpusbench.analysis.collocates.CollocateParameters.WITHIN_SENTENCE;

import java.util.List;
import java.util.Locale;
import org.corpusbench.analysis.collocates.CollocateOptions;
import org.corpusbench.analysis.collocates.CollocateParameters;
import org.corpusbench.analysis.collocates.Collocates;
import org.corpusbench.analysis.collocates.ExpectedFrequency;
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
import org.corpusbench.api.analysis.TagFilteredCorpus;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code collocates} analysis: see {@link Collocates}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "collocates", title = "Collocates",
        description = "Collocates of a CQL query's hits (the node) in a window of L counted tokens left and R right of "
                + "each hit, never crossing the document and, if within_sentence, not the sentence; uncounted tokens "
                + "(token_types) take no place in the window; the hit's own tokens are not collocates; a position counts "
                + "once for every hit whose window covers it (as CQPweb). Stopwords are left out of the list only. "
                + "N = counted tokens of the corpus or selection; f_node = hits; f_collocate = the collocate's count "
                + "there; observed O11 = its co-occurrences in the windows; W = the counted tokens in all the windows "
                + "(f_node*(L+R) where no window is cut short by a document or sentence edge). Columns expected = "
                + "f_node*f_collocate/N (2x2 table R1 = f_node: Sketch Engine, Evert 2005, NLTK for adjacent pairs) and "
                + "expected_span = W*f_collocate/N (R1 = W: CQPweb's table; the nominal f_node*(L+R) of Stubbs 1995 "
                + "only where no window is cut short). Parameter expected (default span) chooses R1 for MI, MI3, T, z, "
                + "LL, chi-squared and MI.log-f; Dice, logDice, minimum sensitivity and delta P always use R1 = f_node "
                + "(Sketch Engine's f_A). With O12 = R1-O11, O21 = C1-O11, O22 = N-R1-C1+O11, Eij = Ri*Cj/N: MI = "
                + "log2(O11/E11) (Church & Hanks 1990); MI3 = log2(O11^3/E11) (Daille 1994, Sketch Engine, CQPweb); "
                + "t_score = (O11-E11)/sqrt(O11) (Church et al. 1991); z_score = (O11-E11)/sqrt(E11) without "
                + "continuity correction (Dennis 1965, Berry-Rogghe 1973; CQPweb subtracts 0.5 from |O11-E11|); "
                + "log_likelihood = 2*sum Oij*ln(Oij/Eij) over the 4 cells, 0 ln 0 = 0 (Dunning 1993), and chi_squared "
                + "= N*(O11*O22-O12*O21)^2/(R1*R2*C1*C2), Pearson without Yates (Manning & Schuetze 1999), both "
                + "one-sided: negative when O11 < E11, as CQPweb signs LL (Evert 2008), so a repelled collocate never "
                + "ranks first; their absolute values are the two-sided statistics of Sketch Engine and NLTK. dice = "
                + "2*O11/(R1+C1) (Dice 1945, Smadja et al. 1996); log_dice = 14+log2(2*O11/(R1+C1)) (Rychly 2008); "
                + "min_sensitivity = min(O11/R1, O11/C1) (Pedersen 1998); delta_p_collocate_given_node = "
                + "P(collocate|node)-P(collocate|not node) = O11/R1-O21/R2 and delta_p_node_given_collocate = "
                + "P(node|collocate)-P(node|not collocate) = O11/C1-O12/C2 (Gries 2013, rows = node); mi_log_f = "
                + "MI*ln(O11+1) (Kilgarriff & Tugwell 2001, Sketch Engine). Listed collocates have O11 >= 1, so no MI "
                + "is infinite. NaN where undefined: LL, chi-squared and delta P when a derived cell is negative (a "
                + "collocate counted in the windows of several hits, O11 > C1 or O11 > R1). Sorted by the chosen "
                + "measure descending (NaN last), then observed descending, then the collocate in code-point order. With pos "
                + "(a regular expression on the part-of-speech tag), only tokens so tagged are counted (in N, f_collocate, "
                + "the windows), besides the node's own tokens, which stay whatever their tags.")
public final class CollocatesAnalysis implements Analysis {
    private final QueryService queries;

    /** @param queries finds the node's hits */
    @Activate
    public CollocatesAnalysis(@Reference QueryService queries) {
        this.queries = queries;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return CollocateParameters.ALL;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        CollocateOptions options = new CollocateOptions((int) parameters.integer(LEFT), (int) parameters.integer(RIGHT),
                parameters.bool(WITHIN_SENTENCE), CountedTypes.of(parameters), parameters.stopwords(STOPWORDS),
                parameters.integer(MIN_COLLOCATE_COUNT), parameters.integer(MIN_PAIR_COUNT), parameters.string(SORT),
                ExpectedFrequency.valueOf(parameters.string(EXPECTED).toUpperCase(Locale.ROOT)));
        MatchStrategy strategy = MatchStrategy.of(parameters);
        Hits hits = queries.search(corpus, selection, parameters.string(QUERY), strategy, progress);
        TagFilter tags = TagFilter.of(parameters);
        if (tags == null) {
            return Collocates.compute(corpus, selection, hits, options, progress);
        }
        // The node's tokens stay whatever their tags: the filter chooses the collocates, not the node.
        TagFilteredCorpus counted = tags.apply(corpus, false, hits);
        return Collocates.compute(counted, selection, counted.viewHits(hits), options, progress);
    }
}
