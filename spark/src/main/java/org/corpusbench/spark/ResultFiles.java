package org.corpusbench.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corpusbench.api.Token;
import org.corpusbench.api.analysis.AnalysisResult;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.Provenance;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.export.csv.CsvResultWriter;
import org.corpusbench.export.tokens.SentenceWriter;
import org.corpusbench.export.tokens.VerticalWriter;
import org.corpusbench.api.SentenceBoundaries;
import scala.Tuple2;

/**
 * What the job writes into its output folder, on any Hadoop file system: a result table as the
 * workbench's CSV export (provenance header, same columns and cells, every digit) read row by row to
 * the driver in order, and as Parquet with one column per result column; the corpus as CWB vertical
 * text (the workbench's {@link VerticalWriter}, one part file per partition, in order); and reports
 * as JSON.
 */
final class ResultFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SparkSession spark;
    private final Path output;
    private final Configuration hadoop;

    ResultFiles(SparkSession spark, Path output) {
        this.spark = spark;
        this.output = output;
        this.hadoop = spark.sparkContext().hadoopConfiguration();
    }

    Path path(String name) {
        return new Path(output, name);
    }

    /** Writes {@code <analysis>.csv} and {@code <analysis>.parquet}. */
    void writeTable(String corpus, AnalysisOptions options, String segmenter, List<Column> columns, JavaRDD<List<Object>> rows)
            throws IOException {
        rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        Provenance provenance = new Provenance(corpus, options.analysis(), options.values(), segmenter,
                Map.of("corpusbench-spark", version(), "spark", spark.version()), Instant.now());
        Path csv = path(options.analysis() + ".csv");
        try (OutputStream out = csv.getFileSystem(hadoop).create(csv, false)) {
            Spliterator<List<Object>> cells = Spliterators.spliteratorUnknownSize(rows.toLocalIterator(), Spliterator.ORDERED);
            new CsvResultWriter().write(new AnalysisResult(provenance, new ResultTable(columns,
                    StreamSupport.stream(cells, false))), out);
        }
        spark.createDataFrame(rows.map(cells -> RowFactory.create(cells.toArray())), schema(columns))
                .write().parquet(path(options.analysis() + ".parquet").toString());
        rows.unpersist();
    }

    private static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column column : columns) {
            DataType type = switch (column.type()) {
                case STRING -> DataTypes.StringType;
                case INTEGER -> DataTypes.LongType;
                case DECIMAL -> DataTypes.DoubleType;
            };
            fields.add(DataTypes.createStructField(column.name(), type, false));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Writes the corpus as CWB vertical text into {@code corpus.vrt/}, documents in order: each document's
     * text is made where it is read, and only these texts are sorted, into even ranges of the documents'
     * numbers (0 to count - 1), so the part files follow one another in load order.
     */
    void writeVertical(JavaRDD<Row> documents, long count) {
        documents.mapToPair(row -> new Tuple2<>(row.getLong(DocumentRows.INDEX_AT), vertical(row)))
                .repartitionAndSortWithinPartitions(new IndexRanges(documents.getNumPartitions(), count))
                .values()
                .saveAsTextFile(path("corpus.vrt").toString());
    }

    /** Documents numbered 0 to count - 1 cut into ranges of about the same number of documents, in order. */
    static final class IndexRanges extends Partitioner {
        private final int parts;
        private final long count;

        IndexRanges(int parts, long count) {
            this.parts = Math.max(1, parts);
            this.count = Math.max(1, count);
        }

        @Override
        public int numPartitions() {
            return parts;
        }

        @Override
        public int getPartition(Object index) {
            return (int) Math.min(parts - 1, (long) index * parts / count);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IndexRanges ranges && ranges.parts == parts && ranges.count == count;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count) * 31 + parts;
        }
    }

    /** A document in vertical format, without its last line break (saveAsTextFile adds one). */
    private static String vertical(Row row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            SentenceWriter writer = new VerticalWriter(bytes);
            writer.startDocument(row.getString(DocumentRows.ID_AT), row.getString(DocumentRows.SOURCE_AT),
                    row.getJavaMap(DocumentRows.METADATA_AT));
            boolean sentenceOpen = false;
            for (Token token : DocumentRows.tokens(row)) {
                if (!sentenceOpen) {
                    writer.startSentence();
                    sentenceOpen = true;
                }
                writer.token(token.text(), token.type(), token.tag());
                if (SentenceBoundaries.endsSentence(token.text())) {
                    writer.endSentence();
                    sentenceOpen = false;
                }
            }
            if (sentenceOpen) {
                writer.endSentence();
            }
            writer.endDocument();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Writes a value as indented JSON into the named file. */
    void writeJson(String name, Object value) throws IOException {
        Path file = path(name);
        try (OutputStream out = file.getFileSystem(hadoop).create(file, false)) {
            JSON.writeValue(out, value);
        }
    }

    static String version() {
        String version = ResultFiles.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
