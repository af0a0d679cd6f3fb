package org.corpusbench.analysis.ngrams.internal;

import static org.corpusbench.analysis.ngrams.NGramParameters.MIN_COUNT;
import static org.corpusbench.analysis.ngrams.NGramParameters.MIN_RANGE;
import static org.corpusbench.analysis.ngrams.NGramParameters.N;
import static org.corpusbench.analysis.ngrams.NGramParameters.POSITION;
import static org.corpusbench.analysis.ngrams.NGramParameters.QUERY;
import static org.corpusbench.analysis.ngrams.NGramParameters.STOPWORDS;
import static org.corpusbench.analysis.ngrams.NGramParameters.STOPWORD_RULE;
import static org.corpusbench.analysis.ngrams.NGramParameters.TOKEN_TYPES;
import static org.corpusbench.analysis.ngrams.NGramParameters.UNIT;

import java.util.List;
import java.util.Locale;
import org.corpusbench.analysis.ngrams.NGramCounter;
import org.corpusbench.analysis.ngrams.NGramOptions;
import org.corpusbench.analysis.ngrams.NGramParameters;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Analysis;
import org.corpusbench.api.analysis.AnalysisProperties;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.TagFilter;
import org.corpusbench.api.query.Hits;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@code ngrams} analysis: see {@link NGramCounter}. */
@Component(service = Analysis.class)
@AnalysisProperties(name = "ngrams", title = "N-grams and clusters",
        description = "Word or character n-grams of 2-6 units with count, range (documents) and frequency per million "
                + "n-gram tokens, as AntConc's N-Grams tool (Anthony, AntConc 4 manual); with a query, only n-grams "
                + "containing a whole hit, anywhere or on the left or right edge, as AntConc's Clusters tool. "
                + "N-grams never cross a sentence end or a document; word n-grams are made of word tokens "
                + "(punctuation breaks them) unless token_types=all; character n-grams run over the text of "
                + "consecutive such tokens of a sentence. Stopwords leave out n-grams with a stopword anywhere (any), "
                + "at either edge (edge) or made only of stopwords (all). Ordered by count, then by the n-gram "
                + "in code-point order token by token. With pos (a regular expression on the part-of-speech tag), every "
                + "token of an n-gram has a matching tag: another token breaks n-grams as punctuation does.")
public final class NGramsAnalysis implements Analysis {
    /**
     * Two fifths of the heap for counting, the share the frequency list's pass may take: word
     * bigrams of a 200M-token corpus with 1.6M types need about 120 MB on two threads for the
     * arrays per type and the bitset before the buffer, and each scan the buffer saves is a pass
     * over the marked windows (at 512 MB, a third made 11 scans and took 1-1.5 s longer than a
     * half, which made 5); the listed rows need the rest.
     */
    private final NGramCounter counter = new NGramCounter((long) (Runtime.getRuntime().maxMemory() * 0.4));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QueryService queryService;

    @Override
    public List<ParameterSpec> parameters() {
        return NGramParameters.ALL;
    }

    @Override
    public ResultTable run(CorpusView corpus, DocumentSelection selection, Parameters parameters, Progress progress) {
        NGramOptions options = new NGramOptions((int) parameters.integer(N), choice(NGramOptions.Unit.class, parameters, UNIT),
                choice(NGramOptions.Tokens.class, parameters, TOKEN_TYPES), parameters.integer(MIN_COUNT),
                parameters.integer(MIN_RANGE), parameters.stopwords(STOPWORDS),
                choice(NGramOptions.StopwordRule.class, parameters, STOPWORD_RULE),
                choice(NGramOptions.HitPosition.class, parameters, POSITION));
        TagFilter tags = TagFilter.of(parameters);
        CorpusView counted = tags == null ? corpus : tags.apply(corpus, true); // every token of an n-gram has a kept tag
        String query = parameters.string(QUERY).strip();
        Hits hits = query.isEmpty() ? null : search(counted, selection, query, MatchStrategy.of(parameters), progress);
        return counter.count(counted, selection, options, hits, progress);
    }

    private Hits search(CorpusView corpus, DocumentSelection selection, String query, MatchStrategy strategy, Progress progress) {
        QueryService service = queryService;
        if (service == null) {
            throw new CorpusException("Cannot run the query '" + query + "': no query engine is installed");
        }
        return service.search(corpus, selection, query, strategy, progress);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Parameters parameters, String name) {
        return Enum.valueOf(type, parameters.string(name).toUpperCase(Locale.ROOT));
    }
}
