package org.corpusbench.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corpusbench.api.Document;
import org.corpusbench.api.Token;

/**
 * What the import's one pass over the sources yields, before documents are numbered: a row per
 * document with its place in load order (the input file, the source's entry in it, the document's
 * in the source), the input's load report on its first row and the source's cleaning report on its
 * first document, as JSON; an input that was skipped, or left no document, is a row with its report
 * alone (document -1). Spark SQL keeps these rows in its columnar cache, far cheaper than objects.
 */
final class Staged {
    static final String FILE = "file", ENTRY = "entry", DOCUMENT = "document", LOAD_REPORT = "load_report",
            CLEANING_REPORT = "cleaning_report";
    private static final String FIRST = "first";

    /** The place and reports, then the document's fields as {@link DocumentRows#SCHEMA} has them, without the index. */
    static final StructType SCHEMA = schema();
    private static final StructType FIRSTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(FILE, DataTypes.IntegerType, false),
            DataTypes.createStructField(ENTRY, DataTypes.IntegerType, false),
            DataTypes.createStructField(FIRST, DataTypes.LongType, false)));

    private Staged() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>(List.of(DataTypes.createStructField(FILE, DataTypes.IntegerType, false),
                DataTypes.createStructField(ENTRY, DataTypes.IntegerType, false),
                DataTypes.createStructField(DOCUMENT, DataTypes.IntegerType, false),
                DataTypes.createStructField(LOAD_REPORT, DataTypes.StringType, true),
                DataTypes.createStructField(CLEANING_REPORT, DataTypes.StringType, true)));
        for (StructField field : DocumentRows.SCHEMA.fields()) {
            if (!field.name().equals(DocumentRows.INDEX)) {
                fields.add(DataTypes.createStructField(field.name(), field.dataType(), true));
            }
        }
        return DataTypes.createStructType(fields);
    }

    /** @return the row of an input with no document: skipped, or cleaned to nothing */
    static Row report(int file, int entry, String loadReport) {
        return RowFactory.create(file, entry, -1, loadReport, null, null, null, null, null, null, null);
    }

    /** @return a document's row */
    static Row document(int file, int entry, int document, String loadReport, String cleaningReport, Document content,
            List<Token> tokens) {
        Row row = DocumentRows.row(0, content, tokens);
        Object[] values = new Object[SCHEMA.size()];
        values[0] = file;
        values[1] = entry;
        values[2] = document;
        values[3] = loadReport;
        values[4] = cleaningReport;
        for (int i = 1; i < row.length(); i++) { // the document's fields after its index
            values[4 + i] = row.get(i);
        }
        return RowFactory.create(values);
    }

    /**
     * The documents numbered in load order, and how many there are.
     *
     * @param documents the documents as {@link DocumentRows#SCHEMA} has them
     * @param count how many documents
     * @param tokens how many tokens they hold
     */
    record Numbered(Dataset<Row> documents, long count, long tokens) {
    }

    /**
     * Numbers the documents in load order: each source's first number is the count of the documents
     * of the sources before it, so no document row is sorted or moved, only one row per source.
     */
    static Numbered numbered(SparkSession session, Dataset<Row> staged) {
        Dataset<Row> documents = staged.filter(functions.col(DOCUMENT).geq(0));
        List<Row> firsts = new ArrayList<>();
        long next = 0;
        long tokens = 0;
        for (Row source : documents.groupBy(FILE, ENTRY).agg(functions.count(functions.lit(1)),
                functions.sum(functions.size(functions.col(DocumentRows.TOKENS)))).orderBy(FILE, ENTRY).collectAsList()) {
            firsts.add(RowFactory.create(source.getInt(0), source.getInt(1), next));
            next += source.getLong(2);
            tokens += source.getLong(3);
        }
        Dataset<Row> numbering = session.createDataFrame(firsts, FIRSTS);
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col(FIRST).plus(functions.col(DOCUMENT)).cast(DataTypes.LongType).as(DocumentRows.INDEX));
        for (StructField field : DocumentRows.SCHEMA.fields()) {
            if (!field.name().equals(DocumentRows.INDEX)) {
                columns.add(functions.col(field.name()));
            }
        }
        return new Numbered(documents.join(functions.broadcast(numbering),
                scala.jdk.javaapi.CollectionConverters.asScala(List.of(FILE, ENTRY)).toSeq()).select(columns.toArray(Column[]::new)),
                next, tokens);
    }
}
