package org.corpusbench.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corpusbench.api.Document;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The segmented corpus as Parquet rows, one per document, in the workbench's terms: its place in
 * load order, source, id, metadata, original and cleaned text, and its tokens with their code-point
 * offsets in the cleaned text, kinds ({@link TokenType} names) and part-of-speech tags (null when
 * the segmenter tags nothing). The workbench reads the same columns back as pre-segmented input.
 */
public final class DocumentRows {
    /** Column names, as the workbench's pre-segmented Parquet reader expects them. */
    public static final String INDEX = "index", SOURCE = "source", ID = "id", METADATA = "metadata",
            ORIGINAL = "original", TEXT = "text", TOKENS = "tokens";
    /** Field positions in {@link #SCHEMA}'s order, which rows made here or read with it have. */
    static final int INDEX_AT = 0, SOURCE_AT = 1, ID_AT = 2, METADATA_AT = 3, ORIGINAL_AT = 4, TEXT_AT = 5, TOKENS_AT = 6;
    /** Token field positions. */
    static final int WORD_AT = 0, START_AT = 1, END_AT = 2, TYPE_AT = 3, TAG_AT = 4;
    /** Token field names. */
    public static final String WORD = "word", START = "start", END = "end", TYPE = "type", TAG = "tag";

    /** A token's fields. */
    public static final StructType TOKEN = DataTypes.createStructType(List.of(
            DataTypes.createStructField(WORD, DataTypes.StringType, false),
            DataTypes.createStructField(START, DataTypes.IntegerType, false),
            DataTypes.createStructField(END, DataTypes.IntegerType, false),
            DataTypes.createStructField(TYPE, DataTypes.StringType, false),
            DataTypes.createStructField(TAG, DataTypes.StringType, true)));

    /** A document's fields. */
    public static final StructType SCHEMA = DataTypes.createStructType(List.<StructField>of(
            DataTypes.createStructField(INDEX, DataTypes.LongType, false),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
            DataTypes.createStructField(ID, DataTypes.StringType, false),
            DataTypes.createStructField(METADATA, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
            DataTypes.createStructField(ORIGINAL, DataTypes.StringType, false),
            DataTypes.createStructField(TEXT, DataTypes.StringType, false),
            DataTypes.createStructField(TOKENS, DataTypes.createArrayType(TOKEN, false), false)));

    private DocumentRows() {
    }

    /**
     * @param index the document's place in load order, from 0
     * @param document the document
     * @param tokens its tokens
     * @return its row
     */
    public static Row row(long index, Document document, List<Token> tokens) {
        List<Row> tokenRows = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            tokenRows.add(token(token));
        }
        return RowFactory.create(index, document.sourceId(), document.id(),
                CollectionConverters.asScala(document.metadata()), document.originalText(), document.cleanedText(),
                CollectionConverters.asScala(tokenRows).toSeq());
    }

    /** @return a token's row ({@link #TOKEN}) */
    public static Row token(Token token) {
        return RowFactory.create(token.text(), token.start(), token.end(), token.type().name(), token.tag());
    }

    /** @return the row with its index set */
    static Row withIndex(Row row, long index) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        values[INDEX_AT] = index;
        return RowFactory.create(values);
    }

    /** @return a row's tokens */
    public static List<Token> tokens(Row row) {
        List<Row> tokenRows = row.getList(TOKENS_AT);
        List<Token> tokens = new ArrayList<>(tokenRows.size());
        for (Row token : tokenRows) {
            tokens.add(new Token(token.getString(WORD_AT), token.getInt(START_AT), token.getInt(END_AT),
                    TokenType.valueOf(token.getString(TYPE_AT)), token.isNullAt(TAG_AT) ? null : token.getString(TAG_AT)));
        }
        return tokens;
    }

    /** @return a row's document */
    public static Document document(Row row) {
        Map<String, String> metadata = row.getJavaMap(METADATA_AT);
        return new Document(row.getString(ID_AT), row.getString(SOURCE_AT), metadata,
                row.getString(ORIGINAL_AT), row.getString(TEXT_AT));
    }
}
