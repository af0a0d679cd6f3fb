package org.corpusbench.analysis.trend;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * How often a query, or each of the selection's top words, occurs per metadata value: per date,
 * month or year ({@link Period}), per reporter, per page. The selected documents are grouped by
 * their values under the key ({@link MetadataValues}: a document with two reporters counts for each;
 * a document without the key is in the group {@value MetadataValues#NONE}, so no token is dropped).
 *
 * <p>Without a query the words are the selection's {@link TrendOptions#top()} most frequent
 * counted words (each token counted once), ties by word in code-point order; stopwords are counted
 * tokens that are not among them. With a query its hits are counted, the query text in the word
 * column.
 *
 * <p>Columns, one row per value and word (long format, zero counts included): value, word, count,
 * value_tokens (the counted tokens of the value's documents), per_million = count / value_tokens ·
 * 10<sup>6</sup> (NaN for a value without counted tokens), and the word's dispersion over the values
 * ({@link ValueDispersion}: range, dp, dp_norm), the same on every row of the word. Rows run by
 * value in code-point order (ISO dates sort chronologically as text; {@value MetadataValues#NONE}
 * and {@value Period#NO_YEAR} come first, "(" preceding digits), then by the word's overall rank.
 *
 * <p>Cost: one pass over the selection's tokens for the values' sizes and the word counts, then the
 * top words' positions (or the hits) once. A few numbers per document, value and type; none per
 * token. Thread-safe: each {@link #compute} has its own arrays.
 */
public final class Trend {
    /** The result's columns. */
    public static final List<Column> COLUMNS = List.of(new Column("value", ColumnType.STRING),
            new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("value_tokens", ColumnType.INTEGER), new Column("per_million", ColumnType.DECIMAL),
            new Column("range", ColumnType.INTEGER), new Column("dp", ColumnType.DECIMAL),
            new Column("dp_norm", ColumnType.DECIMAL));

    private final TrendOptions options;

    /** @param options what to compute */
    public Trend(TrendOptions options) {
        this.options = options;
    }

    /**
     * @param corpus the corpus
     * @param selection the documents
     * @param hits a query's hits in the selection, or null for the top words
     * @param query the query's text, shown as its word; ignored without hits
     * @param progress for cancellation and progress
     * @return the rows in {@link #COLUMNS}
     * @throws org.corpusbench.api.CorpusException if a value is not a date the period can cut
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, Hits hits, String query, Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        boolean[] counted = new boolean[lexicon.size()];
        for (int type = 0; type < counted.length; type++) {
            counted[type] = options.countedTypes().includes(lexicon.category(type));
        }
        int[] typeCounts = hits == null ? new int[lexicon.size()] : null;
        ValueGroups groups = new ValueGroups(corpus.documentCount(), options.key(), options.period());
        long[][] tokens = {new long[16]};
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            int[] values = groups.add(corpus, document);
            long documentTokens = 0;
            for (int position = from; position < to; position++) {
                int type = corpus.typeId(position);
                if (counted[type]) {
                    documentTokens++;
                    if (typeCounts != null) {
                        typeCounts[type]++;
                    }
                }
            }
            for (int value : values) {
                if (value >= tokens[0].length) {
                    tokens[0] = Arrays.copyOf(tokens[0], 2 * value + 1);
                }
                tokens[0][value] += documentTokens;
            }
        });
        groups.finish();
        String[] names = groups.names();
        long[] valueTokens = new long[names.length];
        for (int provisional = 0; provisional < names.length; provisional++) {
            valueTokens[groups.finalId(provisional)] = tokens[0][provisional];
        }
        int[] words = hits == null ? TopWords.of(lexicon, typeCounts, counted, options) : new int[] {-1};
        long[][] counts = new long[words.length][names.length];
        DocumentWalk walk = new DocumentWalk(corpus, groups);
        for (int word = 0; word < words.length; word++) {
            progress.checkCancelled();
            if (hits == null) {
                IntBuffer positions = corpus.positions(words[word]);
                walk.count(positions::get, positions.position(), positions.limit(), counts[word]);
            } else {
                walk.count(hits::start, 0, hits.size(), counts[word]);
            }
        }
        List<String> wordNames = new ArrayList<>();
        List<ValueDispersion> dispersions = new ArrayList<>();
        for (int word = 0; word < words.length; word++) {
            wordNames.add(hits == null ? lexicon.type(words[word]) : query);
            dispersions.add(ValueDispersion.of(counts[word], valueTokens));
        }
        return new ResultTable(COLUMNS, IntStream.range(0, names.length * words.length).mapToObj(row -> {
            int value = row / words.length;
            int word = row % words.length;
            long count = counts[word][value];
            ValueDispersion dispersion = dispersions.get(word);
            double perMillion = valueTokens[value] == 0 ? Double.NaN : (double) count / valueTokens[value] * 1e6;
            return List.<Object>of(names[value], wordNames.get(word), count, valueTokens[value], perMillion,
                    dispersion.range(), dispersion.dp(), dispersion.dpNorm());
        }));
    }
}
