package org.corpusbench.itests;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.corpusbench.loader.parquet.DocumentParquet;

/**
 * Host side of {@link ParquetLoaderIT}, outside Karaf, with parquet-java and Hadoop (never inside
 * the container): writes a Spark-like {@code corpus.parquet} folder, and reads any such folder into
 * the expectations the test checks the loaded corpus against, one JSON line per document in index
 * order ({@code id}, {@code metadata}, {@code tokens}: how many).
 */
final class ParquetFixture {
    private ParquetFixture() {
    }

    /**
     * Writes five documents of two sources in two snappy parts, the later rows in the part whose name
     * sorts first, with Spark's {@code _SUCCESS}; again over the same files, as Pax Exam asks for the
     * configuration more than once.
     *
     * @return the folder
     */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        DocumentParquet.write(folder.resolve("part-00000-it.snappy.parquet"), CompressionCodecName.SNAPPY, List.of(
                row(3, "b.txt#1", Map.of("date", "--03-04", "headline", "全市春季植树"), "全市植树20万株。",
                        "全市", "CHINESE_WORD", "植树", "CHINESE_WORD", "20", "NUMBER", "万株", "CHINESE_WORD", "。", "PUNCTUATION"),
                row(4, "b.txt#2", Map.of(), "")));
        DocumentParquet.write(folder.resolve("part-00001-it.snappy.parquet"), CompressionCodecName.SNAPPY, List.of(
                row(0, "a.txt#1", Map.of("date", "--03-03", "headline", "聊城市举行纪念活动"), "聊城市 纪念",
                        "聊城市", "CHINESE_WORD", " ", "WHITESPACE", "纪念", "CHINESE_WORD"),
                row(1, "a.txt#2", Map.of("date", "--03-03"), "\uD840\uDC00年GDP增长",
                        "\uD840\uDC00年", "CHINESE_WORD", "GDP", "LATIN", "增长", "CHINESE_WORD"),
                row(2, "a.txt#3", Map.of("date", "--03-04"), "发展",
                        "发展", "CHINESE_WORD")));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        return folder;
    }

    /** A row of source {@code id} up to {@code #}, whose tokens (word, type pairs) follow each other through the text. */
    private static DocumentParquet.Row row(long index, String id, Map<String, String> metadata, String text, String... wordsAndTypes) {
        List<DocumentParquet.Tok> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < wordsAndTypes.length; i += 2) {
            int end = start + wordsAndTypes[i].codePointCount(0, wordsAndTypes[i].length());
            tokens.add(DocumentParquet.tok(wordsAndTypes[i], start, end, wordsAndTypes[i + 1]));
            start = end;
        }
        return DocumentParquet.row(index, id, new TreeMap<>(metadata), text, tokens.toArray(DocumentParquet.Tok[]::new));
    }

    /**
     * Reads a Parquet corpus folder with parquet-java's own reader (and Hadoop) into the expectations.
     *
     * @return the file of expectations
     */
    static Path expectations(Path folder, Path target) throws IOException {
        TreeMap<Long, Map<String, Object>> documents = new TreeMap<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        for (Path part : parts) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                for (PageReadStore pages; (pages = reader.readNextRowGroup()) != null; ) {
                    RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages,
                            new GroupRecordConverter(schema));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        Group row = records.read();
                        Map<String, String> metadata = new TreeMap<>();
                        Group map = row.getGroup("metadata", 0);
                        for (int m = 0; m < map.getFieldRepetitionCount(0); m++) {
                            metadata.put(map.getGroup(0, m).getString(0, 0), map.getGroup(0, m).getString(1, 0));
                        }
                        Map<String, Object> document = new LinkedHashMap<>();
                        document.put("id", row.getString("id", 0));
                        document.put("metadata", metadata);
                        document.put("tokens", row.getGroup("tokens", 0).getFieldRepetitionCount(0));
                        documents.put(row.getLong("index", 0), document);
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> document : documents.values()) {
            lines.add(json.writeValueAsString(document));
        }
        Files.createDirectories(target.getParent());
        return Files.write(target, lines);
    }
}
