package org.corpusbench.loader.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;

/**
 * One document row of the Spark job's {@code corpus.parquet} (its {@code DocumentRows}): {@code index}
 * (int64, load order from 0), {@code source} and {@code id} (strings), {@code metadata}
 * (map of strings), {@code text} (the cleaned text) and {@code tokens} (a list of
 * {@code word, start, end, type, tag}: code-point offsets in {@code text}, a {@link TokenType} name and
 * a nullable part-of-speech tag). Other columns ({@code original}) are not read.
 *
 * @param index its place in load order
 * @param id the document's id, which becomes its source's
 * @param source the source it was cleaned from, as the Spark job read it
 * @param metadata the document's metadata (headline, date, ...)
 * @param text the cleaned text
 * @param tokens the tokens, checked to lie in the text and match it
 */
record DocumentRow(long index, String id, String source, Map<String, String> metadata, String text, List<Token> tokens) {
    static final String INDEX = "index", SOURCE = "source", ID = "id", METADATA = "metadata", TEXT = "text", TOKENS = "tokens";
    private static final String WORD = "word", START = "start", END = "end", TYPE = "type", TAG = "tag";
    private static final String COLUMNS = "the Spark job's document rows: index, source, id, metadata, text, tokens";

    /**
     * @return the pre-segmented source of this row: the row's id, the metadata for its document, its
     *         tokens; read from {@code part}
     */
    LoadedSource source(String part) {
        Source read = new Source(id, source, Map.of("parquet.file", part));
        return new LoadedSource(read, text, new SourceReport(source, SourceReport.Outcome.READ, "UTF-8", 100, 0, List.of(), ""),
                tokens, metadata);
    }

    /**
     * @throws CorpusException naming the file and the column unless it has every column this reads,
     *         of the types the Spark job writes
     */
    static void checkSchema(MessageType schema, String file) {
        primitive(schema, INDEX, PrimitiveTypeName.INT64, file);
        primitive(schema, SOURCE, PrimitiveTypeName.BINARY, file);
        primitive(schema, ID, PrimitiveTypeName.BINARY, file);
        primitive(schema, TEXT, PrimitiveTypeName.BINARY, file);
        GroupType entry = repeatedChild(schema, METADATA, file);
        if (entry.getFieldCount() != 2 || !entry.getType(0).isPrimitive() || !entry.getType(1).isPrimitive()) {
            throw new CorpusException("'" + file + "': column 'metadata' is not a map of strings (" + COLUMNS + ")");
        }
        GroupType token = tokenType(schema, file);
        primitive(token, WORD, PrimitiveTypeName.BINARY, file);
        primitive(token, START, PrimitiveTypeName.INT32, file);
        primitive(token, END, PrimitiveTypeName.INT32, file);
        primitive(token, TYPE, PrimitiveTypeName.BINARY, file);
        primitive(token, TAG, PrimitiveTypeName.BINARY, file);
    }

    /** @return the columns {@link ParquetPart#index} reads */
    static MessageType indexAndId(MessageType schema) {
        return new MessageType(schema.getName(), schema.getType(INDEX), schema.getType(ID));
    }

    /**
     * @param row a row of a file whose schema {@link #checkSchema} accepted
     * @param file the file, for messages
     * @throws CorpusException naming the file, row and token if a token lies outside the text, does
     *         not match it or has an unknown type
     */
    static DocumentRow of(Group row, String file) {
        long index = row.getLong(INDEX, 0);
        String id = row.getString(ID, 0);
        String text = row.getString(TEXT, 0);
        Map<String, String> metadata = new HashMap<>();
        Group map = row.getGroup(METADATA, 0);
        for (int i = 0; i < map.getFieldRepetitionCount(0); i++) {
            Group entry = map.getGroup(0, i);
            metadata.put(entry.getString(0, 0), entry.getString(1, 0));
        }
        int[] codePoints = text.codePoints().toArray();
        Group list = row.getGroup(TOKENS, 0);
        boolean nested = !((GroupType) list.getType().getType(0)).containsField(WORD); // list<element<...>>, not list<...>
        List<Token> tokens = new ArrayList<>(list.getFieldRepetitionCount(0));
        for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
            Group token = nested ? list.getGroup(0, i).getGroup(0, 0) : list.getGroup(0, i);
            String word = token.getString(WORD, 0);
            int start = token.getInteger(START, 0);
            int end = token.getInteger(END, 0);
            String where = "'" + file + "': document " + index + " ('" + id + "'): token '" + word + "' at [" + start + ", "
                    + end + ")";
            if (start < 0 || end < start || end > codePoints.length) {
                throw new CorpusException(where + " lies outside its text of " + codePoints.length + " characters");
            }
            String inText = new String(codePoints, start, end - start);
            if (!inText.equals(word)) {
                throw new CorpusException(where + " is not the text there ('" + inText + "')");
            }
            tokens.add(new Token(word, start, end, type(token.getString(TYPE, 0), where),
                    token.getFieldRepetitionCount(TAG) == 0 ? null : token.getString(TAG, 0)));
        }
        return new DocumentRow(index, id, row.getString(SOURCE, 0), metadata, text, tokens);
    }

    private static TokenType type(String name, String where) {
        try {
            return TokenType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(where + " has the unknown token type '" + name + "' (known: "
                    + Arrays.toString(TokenType.values()) + ")", e);
        }
    }

    private static GroupType tokenType(MessageType schema, String file) {
        GroupType repeated = repeatedChild(schema, TOKENS, file);
        if (repeated.containsField(WORD)) {
            return repeated;
        }
        if (repeated.getFieldCount() == 1 && !repeated.getType(0).isPrimitive()) {
            return repeated.getType(0).asGroupType();
        }
        throw new CorpusException("'" + file + "': column 'tokens' is not a list of tokens (word, start, end, type, tag)");
    }

    /** @return the repeated group inside a map or list column */
    private static GroupType repeatedChild(GroupType parent, String name, String file) {
        Type column = column(parent, name, file);
        if (column.isPrimitive() || column.asGroupType().getFieldCount() != 1 || column.asGroupType().getType(0).isPrimitive()
                || !column.asGroupType().getType(0).isRepetition(Type.Repetition.REPEATED)) {
            throw new CorpusException("'" + file + "': column '" + name + "' is not a " + (METADATA.equals(name) ? "map" : "list")
                    + " (" + COLUMNS + ")");
        }
        return column.asGroupType().getType(0).asGroupType();
    }

    private static void primitive(GroupType parent, String name, PrimitiveTypeName type, String file) {
        Type column = column(parent, name, file);
        if (!column.isPrimitive() || column.asPrimitiveType().getPrimitiveTypeName() != type
                || column.isRepetition(Type.Repetition.REPEATED)) {
            throw new CorpusException("'" + file + "': column '" + name + "' is " + column + ", not one " + type
                    + (type == PrimitiveTypeName.BINARY ? " string" : "") + " (" + COLUMNS + ")");
        }
    }

    private static Type column(GroupType parent, String name, String file) {
        if (!parent.containsField(name)) {
            throw new CorpusException("'" + file + "': " + (parent instanceof MessageType ? "column '" : "token field '") + name
                    + "' is missing (" + COLUMNS + ")");
        }
        return parent.getType(name);
    }
}
