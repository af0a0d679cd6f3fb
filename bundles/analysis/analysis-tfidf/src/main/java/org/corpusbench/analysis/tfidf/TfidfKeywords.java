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
 * <p>Cost: one pass over the selection for df (one stamp per type marks the last document a type
 * was seen in), then, as rows are read, a second pass counting each document's types into a
 * per-type array and keeping its best words in a bounded heap. A few arrays over the types, none
 * per token. Thread-safe: each {@link #compute} has its own arrays.
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
    /** A counted type the df filters keep from the list. */
    static final byte COUNTED = 1;
    /** A counted type that may be listed. */
    static final byte LISTED = 2;

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
        int[] df = new int[lexicon.size()];
        int[] lastDocument = new int[lexicon.size()];
        boolean[] selected = new boolean[corpus.documentCount()];
        long[] documents = new long[1];
        selection.forEachDocument(corpus, progress, (document, from, to) -> {
            selected[document] = true;
            documents[0]++;
            int stamp = document + 1;
            for (int position = from; position < to; position++) {
                int type = corpus.typeId(position);
                if (state[type] != SKIPPED && lastDocument[type] != stamp) {
                    lastDocument[type] = stamp;
                    df[type]++;
                }
            }
        });
        double[] idf = idf(lexicon, state, df, documents[0]);
        // the stamps are done with: the same array counts each document's words from now on
        java.util.Arrays.fill(lastDocument, 0);
        DocumentKeywords keywords = new DocumentKeywords(corpus, options, state, df, idf, lastDocument);
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

    /** Marks the listed types and gives each its idf; unlisted types keep 0. */
    private double[] idf(Lexicon lexicon, byte[] state, int[] df, long documents) {
        double[] idf = new double[state.length];
        JiebaIdf table = options.idf() == IdfVariant.JIEBA ? jieba.get() : null;
        for (int type = 0; type < state.length; type++) {
            // df * 100 > maxDfPercent * N, multiplied out so a whole-number percentage is compared exactly
            boolean listed = state[type] != SKIPPED && df[type] >= options.minDf()
                    && df[type] * 100.0 <= options.maxDfPercent() * documents;
            if (listed) {
                state[type] = LISTED;
                idf[type] = table != null ? table.idf(lexicon.type(type))
                        : options.idf().fromDocumentFrequency(documents, df[type]);
            }
        }
        return idf;
    }
}
