package org.corpusbench.analysis.tfidf.internal;

import java.util.List;
import org.corpusbench.analysis.tfidf.IdfVariant;
import org.corpusbench.analysis.tfidf.JiebaIdf;
import org.corpusbench.analysis.tfidf.TfVariant;
import org.corpusbench.analysis.tfidf.TfidfKeywords;
import org.corpusbench.analysis.tfidf.TfidfOptions;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.ParameterType;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.osgi.service.component.annotations.Component;

/** The {@code tfidf} analysis: see {@link TfidfKeywords}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "tfidf", title = "TF-IDF keywords per document",
        description = "Each selected document's top words by tfidf = tf * idf (Manning, Raghavan & Schuetze 2008, ch. 6), "
                + "N = the selected documents, df = those holding the word. tf: raw = the count (default); log = 1 + ln(count) "
                + "(sublinear tf scaling, ibid. 6.4.1; scikit-learn sublinear_tf=True); augmented = 0.5 + 0.5 * count / "
                + "the document's largest count (maximum tf normalization, ibid. 6.4.2); relative = count / the "
                + "document's counted tokens (as jieba.analyse's TF-IDF, jieba 0.42.1). idf: smooth = ln((1+N)/(1+df)) + 1 "
                + "(default; scikit-learn TfidfVectorizer smooth_idf=True, so raw+smooth is TfidfVectorizer(norm=None)); "
                + "plain = ln(N/df) (ibid. 6.2.1); jieba = jieba 0.42.1's idf table (jieba/analyse/idf.txt, MIT licence), "
                + "its median idf for words it lacks (relative+jieba with min_length=2, token_types=all and jieba's "
                + "stopwords is jieba.analyse.extract_tags on the same segmentation). Stopwords and words shorter than "
                + "min_length are left out before counting; min_df and max_df_percent only filter the listed words. "
                + "Ties by word in code-point order.")
public final class TfidfAnalysis implements Analysis {
    private static final String TOP = "top";
    private static final String TF = "tf";
    private static final String IDF = "idf";
    private static final String STOPWORDS = "stopwords";
    private static final String MIN_LENGTH = "min_length";
    private static final String MIN_DF = "min_df";
    private static final String MAX_DF_PERCENT = "max_df_percent";
    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec(TOP, ParameterType.INTEGER, "10", "Keywords per document").between(1, 1000),
            new ParameterSpec(TF, ParameterType.STRING, TfVariant.RAW.parameterValue(),
                    "Term frequency: raw count, log = 1 + ln(count), augmented = 0.5 + 0.5 count/max count, "
                            + "relative = count / document tokens").oneOf(values(TfVariant.values())),
            new ParameterSpec(IDF, ParameterType.STRING, IdfVariant.SMOOTH.parameterValue(),
                    "Inverse document frequency: smooth = ln((1+N)/(1+df)) + 1, plain = ln(N/df), jieba = jieba's idf table")
                    .oneOf(values(IdfVariant.values())),
            CountedTypes.parameter(),
            new ParameterSpec(STOPWORDS, ParameterType.STOPWORDS, "none", "A stopword list whose words are left out before counting"),
            new ParameterSpec(MIN_LENGTH, ParameterType.INTEGER, "1",
                    "Leave out words shorter than this many characters before counting (jieba.analyse: 2)").between(1, 100),
            new ParameterSpec(MIN_DF, ParameterType.INTEGER, "1", "List only words found in at least this many selected documents")
                    .between(1, Integer.MAX_VALUE),
            new ParameterSpec(MAX_DF_PERCENT, ParameterType.DECIMAL, "100",
                    "List only words found in at most this percentage of the selected documents").between(0, 100));
    /** jieba's table takes ~4 MB and half a second to read: read when first asked for, then kept. */
    private final Lazy<JiebaIdf> jieba = new Lazy<>(JiebaIdf::load);

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        TfidfOptions options = new TfidfOptions(TfVariant.ofParameter(parameters.string(TF)),
                IdfVariant.ofParameter(parameters.string(IDF)), (int) parameters.integer(TOP), CountedTypes.of(parameters),
                parameters.stopwords(STOPWORDS), (int) parameters.integer(MIN_LENGTH), parameters.integer(MIN_DF),
                parameters.decimal(MAX_DF_PERCENT));
        return new TfidfKeywords(options, jieba).compute(corpus, selection, progress);
    }

    private static String[] values(Enum<?>[] variants) {
        String[] values = new String[variants.length];
        for (int i = 0; i < variants.length; i++) {
            values[i] = variants[i].name().toLowerCase(java.util.Locale.ROOT);
        }
        return values;
    }
}
