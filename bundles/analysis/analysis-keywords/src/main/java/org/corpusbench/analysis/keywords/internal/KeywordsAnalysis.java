package org.corpusbench.analysis.keywords.internal;

import java.util.List;
import org.corpusbench.analysis.keywords.Direction;
import org.corpusbench.analysis.keywords.KeywordList;
import org.corpusbench.analysis.keywords.Measure;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
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
    private static final String REFERENCE = "reference";
    private static final String STOPWORDS = "stopwords";
    private static final String DIRECTION = "direction";
    private static final String MIN_TARGET_COUNT = "min_target_count";
    private static final String MIN_REFERENCE_COUNT = "min_reference_count";
    private static final String TEST = "significance_test";
    private static final String MAX_P = "max_p";
    private static final String MIN_LOG_RATIO = "min_log_ratio";
    private static final String SORT = "sort";
    private static final String SIMPLE_MATHS_K = "simple_maths_k";
    private static final List<String> TESTS = List.of(Measure.LOG_LIKELIHOOD.column(),
            Measure.LOG_LIKELIHOOD_4TERM.column(), Measure.CHI_SQUARED.column(), Measure.CHI_SQUARED_YATES.column());

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(REFERENCE, ParameterType.REFERENCE, "list:jieba",
                        "What the selection is compared with: list:<name> a reference list (list:jieba, jieba 0.42.1's "
                                + "dictionary), corpus:<name>[/<selection>], rest (the other documents), or a selection"),
                CountedTypes.parameter(),
                new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none",
                        "A stopword list whose words are counted but not listed"),
                new ParameterSpec(DIRECTION, ParameterType.STRING, Direction.POSITIVE.parameterValue(),
                        "positive: relatively more frequent in the selection; negative: less; both: every word")
                        .oneOf("positive", "negative", "both"),
                new ParameterSpec(MIN_TARGET_COUNT, ParameterType.INTEGER, "1",
                        "Leave out words seen fewer times in the selection; 0 also lists reference words the selection "
                                + "lacks (negative keywords)").between(0, null),
                new ParameterSpec(MIN_REFERENCE_COUNT, ParameterType.INTEGER, "0",
                        "Leave out words seen fewer times in the reference").between(0, null),
                new ParameterSpec(TEST, ParameterType.STRING, Measure.LOG_LIKELIHOOD_4TERM.column(),
                        "The test whose p-value max_p limits").oneOf(TESTS.toArray(String[]::new)),
                new ParameterSpec(MAX_P, ParameterType.DECIMAL, "1",
                        "Leave out words whose p-value in significance_test is above this (1: no limit)")
                        .between(1e-300, 1),
                new ParameterSpec(MIN_LOG_RATIO, ParameterType.DECIMAL, "0",
                        "Leave out words whose |log_ratio| is below this (effect size; 1 means twice as frequent)")
                        .between(0, null),
                new ParameterSpec(SORT, ParameterType.STRING, Measure.LOG_LIKELIHOOD_4TERM.column(),
                        "The measure rows are sorted by, highest first (with direction=negative, signed measures lowest first)")
                        .oneOf(Measure.columns()),
                new ParameterSpec(SIMPLE_MATHS_K, ParameterType.DECIMAL, "1",
                        "Kilgarriff's constant k added to both frequencies per million in simple_maths")
                        .between(1e-9, null),
                TagFilter.parameter());
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
