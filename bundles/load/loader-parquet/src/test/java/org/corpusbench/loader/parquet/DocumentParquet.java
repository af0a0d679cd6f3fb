package org.corpusbench.loader.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes document rows with parquet-java in the schema the Spark job writes (its {@code DocumentRows}
 * as Spark stores them: a map's {@code key_value} entries, a list's {@code list.element}s), or in
 * another schema a test gives. Also the fixture of the integration test that loads such a folder in Karaf.
 */
public final class DocumentParquet {
    /** The Spark job's schema, as its {@code corpus.parquet} files declare it. */
    public static final String SPARK_SCHEMA = """
            message spark_schema {
              required int64 index;
              required binary source (STRING);
              required binary id (STRING);
              required group metadata (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  required binary value (STRING);
                }
              }
              required binary original (STRING);
              required binary text (STRING);
              required group tokens (LIST) {
                repeated group list {
                  required group element {
                    required binary word (STRING);
                    required int32 start;
                    required int32 end;
                    required binary type (STRING);
                    optional binary tag (STRING);
                  }
                }
              }
            }""";

    /** A token as a row holds it; tag null for none. */
    public record Tok(String word, int start, int end, String type, String tag) {
    }

    /** A document row. */
    public record Row(long index, String source, String id, Map<String, String> metadata, String text, List<Tok> tokens) {
    }

    private DocumentParquet() {
    }

    /** Writes the rows in the Spark job's schema, over the file if it exists. */
    public static void write(Path file, CompressionCodecName codec, List<Row> rows) throws IOException {
        write(file, codec, SPARK_SCHEMA, rows);
    }

    /** Writes the rows' fields that the schema has. */
    public static void write(Path file, CompressionCodecName codec, String schemaText, List<Row> rows) throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType(schemaText);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withCompressionCodec(codec).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (Row row : rows) {
                Group group = groups.newGroup();
                if (schema.containsField("index")) {
                    group.add("index", row.index());
                }
                group.add("source", row.source());
                group.add("id", row.id());
                Group metadata = group.addGroup("metadata");
                row.metadata().forEach((key, value) -> metadata.addGroup("key_value").append("key", key).append("value", value));
                group.add("original", row.text());
                group.add("text", row.text());
                if (schema.containsField("tokens")) {
                    Group tokens = group.addGroup("tokens");
                    for (Tok tok : row.tokens()) {
                        Group element = tokens.addGroup("list").addGroup("element").append("word", tok.word())
                                .append("start", tok.start()).append("end", tok.end()).append("type", tok.type());
                        if (tok.tag() != null) {
                            element.append("tag", tok.tag());
                        }
                    }
                }
                writer.write(group);
            }
        }
    }

    /** A row whose source is its id up to {@code #}. */
    public static Row row(long index, String id, Map<String, String> metadata, String text, Tok... tokens) {
        return new Row(index, id.replaceAll("#.*", ""), id, metadata, text, List.of(tokens));
    }

    public static Tok tok(String word, int start, int end, String type) {
        return new Tok(word, start, end, type, null);
    }

    public static Tok tok(String word, int start, int end, String type, String tag) {
        return new Tok(word, start, end, type, tag);
    }
}
