package org.corpusbench.analysis.keywords.internal;

import static org.corpusbench.analysis.keywords.KeywordParameters.DIRECTION;
import static org.corpusbench.analysis.keywords.KeywordParameters.MAX_P;
import static org.corpusbench.analysis.keywords.KeywordParameters.MIN_LOG_RATIO;
import static org.corpusbench.analysis.keywords.KeywordParameters.MIN_REFERENCE_COUNT;
import static org.corpusbench.analysis.keywords.KeywordParameters.MIN_TARGET_COUNT;
import static org.corpusbench.analysis.keywords.KeywordParameters.REFERENCE;
import static org.corpusbench.analysis.keywords.KeywordParameters.SIMPLE_MATHS_K;
import static org.corpusbench.analysis.keywords.KeywordParameters.SORT;
import static org.corpusbench.analysis.keywords.KeywordParameters.STOPWORDS;
import static org.corpusbench.analysis.keywords.KeywordParameters.TEST;

import java.util.List;
import org.corpusbench.analysis.keywords.Direction;
import org.corpusbench.analysis.keywords.KeywordList;
import org.corpusbench.analysis.keywords.KeywordParameters;
import org.corpusbench.analysis.keywords.Measure;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.TagFilter;
import org.osgi.service.component.annotations.Component;

/** The {@code keywords} analysis: see {@link KeywordList}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "keywords", title = "Keywords (keyness) against a reference",
        description = "Words of the selection (target: a in c counted tokens) compared with a reference (b in d "
                + "tokens: a list such as list:jieba, another corpus, a part of this one, or rest), with "
                + "E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d). log_likelihood: G2 = 2(a ln(a/E1) + b ln(b/E2)), the 2-term "
                + "form of the UCREL log-likelihood calculator (Rayson & Garside 2000); log_likelihood_4term: G2 over "
                + "all four cells of the 2x2 table (Dunning 1993); chi_squared: Pearson's X2 of the 2x2 table; "
                + "chi_squared_yates: X2 with Yates's correction, |O-E| reduced by 0.5 but not below 0 (as SciPy); "
                + "p-values of these four from the chi-squared distribution with 1 df (Apache Commons Statistics); "
                + "log_ratio: log2((a/c)/(b/d)), a zero frequency counted as 0.5 (Hardie 2014, as CQPweb); "
                + "percent_diff: %DIFF = (a/c - b/d) 100 / (b/d), 1E-18 in place of a zero b/d (Gabrielatos & Marchi "
                + "2012); bic: 2-term G2 - ln(c+d), 1 df (Wilson 2013, as the UCREL calculator); ell: 2-term G2 / "
                + "((c+d) ln(min(E1, E2))) (Johnston et al. 2006, as the UCREL calculator; NaN when undefined); "
                + "simple_maths: (a/c 10^6 + k)/(b/d 10^6 + k) (Kilgarriff 2009). Filters: direction (positive a/c > b/d, "
                + "negative a/c < b/d, both), max_p on significance_test (its statistic at least the chi-squared critical "
                + "value, 1 df), min_log_ratio on |log_ratio|, min_target_count, min_reference_count. Target and a corpus "
                + "reference are counted with the same token_types; a document in both selection and reference counts "
                + "in both; another corpus's words are matched by their text. Stopwords are counted, not listed; "
                + "a list's tokens are its own total, its words kept when their token type is counted. "
                + "With pos (a regular expression on the part-of-speech tag), only tokens so tagged are counted, in target "
                + "and reference alike, which must then be a corpus with tags.")
public final class KeywordsAnalysis implements Analysis {

    @Override
    public List<ParameterSpec> parameters() {
        return KeywordParameters.ALL;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        KeywordList.Settings settings = new KeywordList.Settings(CountedTypes.of(parameters), parameters.stopwords(STOPWORDS),
                parameters.integer(MIN_TARGET_COUNT), parameters.integer(MIN_REFERENCE_COUNT),
                Direction.ofParameter(parameters.string(DIRECTION)), Measure.ofColumn(parameters.string(TEST)),
                parameters.decimal(MAX_P), parameters.decimal(MIN_LOG_RATIO), Measure.ofColumn(parameters.string(SORT)),
                parameters.decimal(SIMPLE_MATHS_K));
        TagFilter tags = TagFilter.of(parameters);
        Reference reference = parameters.reference(REFERENCE);
        if (tags == null) {
            return new KeywordList(settings).compute(corpus, selection, reference, progress);
        }
        return new KeywordList(settings).compute(tags.apply(corpus, false), selection, filtered(reference, tags), progress);
    }

    /** A corpus reference filtered as the target is; a list has no tags to filter by. */
    private static Reference filtered(Reference reference, TagFilter tags) {
        if (reference instanceof Reference.CorpusPart part) {
            return new Reference.CorpusPart(part.expression(), tags.apply(part.corpus(), false), part.selection());
        }
        if (reference instanceof Reference.WordList) {
            throw new CorpusException("Parameter '" + TagFilter.PARAMETER + "' needs a corpus as the reference (corpus:<name>, "
                    + "rest or a selection): the reference list '" + reference.expression() + "' has no part-of-speech tags");
        }
        return reference; // the rest of the target corpus, which is filtered already
    }
}
