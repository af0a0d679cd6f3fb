package org.corpusbench.analysis.tfidf;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * Keywords per document by tf·idf (Manning, Raghavan &amp; Schütze 2008, ch. 6), with the tf of
 * {@link TfVariant} and the idf of {@link IdfVariant}; N is the number of selected documents (empty
 * ones included) and df counts the selected documents holding the word.
 *
 * <p>Counted tokens are those of the chosen token types that are neither stopwords nor shorter
 * than {@link TfidfOptions#minLength()}: the others are left out before counting, so they are not
 * part of a document's size either (jieba.analyse's {@code extract_tags} leaves out one-character
 * words and its stopwords that way). The df filters only decide which counted words may be listed.
 *
 * <p>Columns: document (index), document_id, headline (the {@code headline} metadata, empty if
 * the document has none), rank (1 = the document's best keyword), word, count (in the document),
 * tf, df, idf, tfidf = tf · idf. Per document its top {@link TfidfOptions#top()} words by tfidf
 * descending, ties by word in code-point order (the lexicon's rank); documents in corpus order,
 * a document without counted words has no rows. Never NaN.
 *
 * <p>Cost: one pass over the selection for df (per type the last document it was seen in, next to
 * its df, so a token touches one cache line), then, as rows are read, a second pass counting each
 * document's types into a per-type array (-1 for types not counted, so a token costs one array
 * read) and keeping its best words in a bounded heap. A few arrays over the types, none per token.
 * Thread-safe: each {@link #compute} has its own arrays.
 */
public final class TfidfKeywords {
    /** The result's columns. */
    public static final List<Column> COLUMNS = List.of(new Column("document", ColumnType.INTEGER),
            new Column("document_id", ColumnType.STRING), new Column("headline", ColumnType.STRING),
            new Column("rank", ColumnType.INTEGER), new Column("word", ColumnType.STRING),
            new Column("count", ColumnType.INTEGER), new Column("tf", ColumnType.DECIMAL),
            new Column("df", ColumnType.INTEGER), new Column("idf", ColumnType.DECIMAL),
            new Column("tfidf", ColumnType.DECIMAL));
    /** A type that is not counted. */
    static final byte SKIPPED = 0;
    /** A counted type (the df filters decide whether it is listed). */
    static final byte COUNTED = 1;

    private final TfidfOptions options;
    private final Supplier<JiebaIdf> jieba;

    /**
     * @param options what to compute
     * @param jieba gives jieba's idf table, asked only for {@link IdfVariant#JIEBA}
     */
    public TfidfKeywords(TfidfOptions options, Supplier<JiebaIdf> jieba) {
        this.options = options;
        this.jieba = jieba;
    }

    /**
     * @param corpus the corpus
     * @param selection the documents, N of them
     * @param progress for cancellation, and progress of the df pass
     * @return the keywords in {@link #COLUMNS}, computed document by document as the rows are read
     */
    public ResultTable compute(CorpusView corpus, DocumentSelection selection, Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        byte[] state = countedTypes(lexicon);
        // per type its last document (or -1 if not counted) next to its df, so a token costs one cache line
        int[] lastAndDf = new int[2 * state.length];
        for (int type = 0; type < state.length; type++) {
            lastAndDf[2 * type] = state[type] == SKIPPED ? -1 : 0;
        }
        boolean[] selected = new boolean[corpus.documentCount()];
        long[] documents = new long[1];
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            selected[document] = true;
            documents[0]++;
            int stamp = document + 1;
            for (int position = from; position < to; position++) {
                int slot = 2 * corpus.typeId(position);
                int last = lastAndDf[slot];
                if (last != stamp && last >= 0) {
                    lastAndDf[slot] = stamp;
                    lastAndDf[slot + 1]++;
                }
            }
        });
        int[] df = new int[state.length];
        for (int type = 0; type < df.length; type++) {
            df[type] = lastAndDf[2 * type + 1];
        }
        double[] idf = idf(lexicon, state, df, documents[0]);
        DocumentKeywords keywords = new DocumentKeywords(corpus, options, state, df, idf);
        return new ResultTable(COLUMNS, IntStream.range(0, selected.length).filter(document -> selected[document])
                .mapToObj(document -> {
                    progress.checkCancelled();
                    return keywords.rows(document);
                }).flatMap(List::stream));
    }

    private byte[] countedTypes(Lexicon lexicon) {
        byte[] state = new byte[lexicon.size()];
        for (int type = 0; type < state.length; type++) {
            if (options.countedTypes().includes(lexicon.category(type))) {
                state[type] = COUNTED;
                if (options.minLength() > 1) {
                    String word = lexicon.type(type);
                    state[type] = word.codePointCount(0, word.length()) < options.minLength() ? SKIPPED : COUNTED;
                }
            }
        }
        // a few ids looked up rather than every type decoded
        for (String stopword : options.stopwords().words()) {
            int type = lexicon.id(stopword);
            if (type >= 0) {
                state[type] = SKIPPED;
            }
        }
        return state;
    }

    /** Marks the listed types and gives each its idf; NaN for the others. */
    private double[] idf(Lexicon lexicon, byte[] state, int[] df, long documents) {
        double[] idf = new double[state.length];
        java.util.Arrays.fill(idf, Double.NaN);
        JiebaIdf table = options.idf() == IdfVariant.JIEBA ? jieba.get() : null;
        for (int type = 0; type < state.length; type++) {
            // df * 100 > maxDfPercent * N, multiplied out so a whole-number percentage is compared exactly
            boolean listed = state[type] != SKIPPED && df[type] >= options.minDf()
                    && df[type] * 100.0 <= options.maxDfPercent() * documents;
            if (listed) {
                idf[type] = table != null ? table.idf(lexicon.type(type))
                        : options.idf().fromDocumentFrequency(documents, df[type]);
            }
        }
        return idf;
    }
}
