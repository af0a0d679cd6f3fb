package org.corpusbench.loader.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;

/**
 * Reads a table with one document per row: CSV or TSV with a header row (RFC 4180 quoting), or JSON
 * Lines with one object per line. The file is decoded like a text file (so a UTF-16 CSV from a
 * Windows tool works); the text column becomes the document and every other column its metadata.
 * A row that cannot be read (wrong number of fields, no text, not a JSON object, too long) is
 * skipped with its number and reason; a file without a text column is refused.
 *
 * <p>The {@code table} loader reads with this class; a program that has a table's bytes rather than
 * its path (a Spark job on a Hadoop file system) reads it with
 * {@link #read(String, byte[], LoadOptions, Consumer, Consumer, Progress)} and gets the same sources and
 * reports. Thread-safe.
 */
public final class TableReader {
    private static final List<String> TEXT_COLUMNS = List.of("text", "content", "body", "正文", "内容", "文本");
    /** A table may hold many documents; it is read whole, so it is capped apart from them. */
    private static final long MAX_TABLE_BYTES = 1L << 30;

    private final TextDecoder decoder = new TextDecoder();
    private final ObjectMapper json = new ObjectMapper();

    /** @return whether the table loader reads this path: a {@code .csv}, {@code .tsv}, {@code .tab}, {@code .jsonl} or {@code .ndjson} file */
    public boolean accepts(Path path) {
        return Files.isRegularFile(path) && isTable(path.getFileName().toString());
    }

    /** @return whether a file of this name is a table the table loader reads, by its extension */
    public static boolean isTable(String name) {
        return kind(name) != null;
    }

    /**
     * Reads a table, as the {@code table} loader does.
     *
     * @throws CorpusException if the table cannot be read, has no text column or no rows
     */
    public void read(Path file, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        String name = Inputs.name(file);
        read(name, bytes(file, name), options, sink, skipped, progress);
    }

    /**
     * Reads a table from its bytes, as {@link #read(Path, LoadOptions, Consumer, Consumer, Progress)} reads the file.
     *
     * @param name the table's file name, whose extension says its kind ({@link #isTable}) and which names its rows
     * @param bytes the table's content
     * @throws CorpusException if the table is too large, cannot be read, has no text column or no rows
     */
    public void read(String name, byte[] bytes, LoadOptions options, Consumer<LoadedSource> sink,
            Consumer<SourceReport> skipped, Progress progress) {
        String kind = kind(name);
        if (kind == null) {
            throw new CorpusException("Cannot load '" + name + "': not a table (.csv, .tsv, .tab, .jsonl or .ndjson)");
        }
        checkSize(name, bytes.length);
        DecodedText decoded = decoder.decode(bytes, name, TextFileReader.charset(options));
        Rows rows = new Rows(name, decoded, options, sink, skipped);
        if (kind.equals("jsonl")) {
            readJsonLines(decoded.text(), rows, progress);
        } else {
            readDelimited(decoded.text(), kind.equals("tsv") ? '\t' : ',', rows, progress);
        }
        if (rows.read == 0 && rows.skippedRows == 0) {
            throw new CorpusException("Cannot load '" + name + "': the table has no rows");
        }
    }

    private void readDelimited(String text, char separator, Rows rows, Progress progress) {
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build()).build()) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new CorpusException("Cannot load '" + rows.name + "': the table is empty");
            }
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].trim();
            }
            int textIndex = rows.textColumn(List.of(header));
            int number = 0;
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                number++;
                progress.checkCancelled();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length != header.length) {
                    rows.skip(number, "it has " + row.length + " fields, the header " + header.length);
                    continue;
                }
                Map<String, String> metadata = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    if (c != textIndex) {
                        metadata.put(header[c], row[c]);
                    }
                }
                rows.row(number, row[textIndex], metadata);
            }
        } catch (IOException | CsvException e) { // read from memory: the message is about the table's text, not a file
            throw new CorpusException("Cannot load '" + rows.name + "': " + e.getMessage(), e);
        }
    }

    private void readJsonLines(String text, Rows rows, Progress progress) {
        int number = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            number++;
            progress.checkCancelled();
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                rows.skip(number, "it is not valid JSON");
                continue;
            }
            if (!node.isObject()) {
                rows.skip(number, "it is not a JSON object");
                continue;
            }
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(fields::add);
            int textIndex = rows.textColumn(fields);
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(fields.get(textIndex))) {
                    metadata.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString());
                }
            }
            rows.row(number, node.get(fields.get(textIndex)).asText(), metadata);
        }
    }

    private static byte[] bytes(Path file, String name) {
        try {
            checkSize(name, Files.size(file)); // before reading, so a huge file is never read
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    private static void checkSize(String name, long size) {
        if (size > MAX_TABLE_BYTES) {
            throw new CorpusException("Cannot load '" + name + "': a table larger than " + MAX_TABLE_BYTES + " bytes; split it");
        }
    }

    private static String kind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "csv";
        } else if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return "tsv";
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        return null;
    }

    /** Turns rows into sources and skips, with what they share. */
    private static final class Rows {
        /** The table's file name. */
        final String name;
        private final DecodedText decoded;
        private final LoadOptions options;
        private final Consumer<LoadedSource> sink;
        private final Consumer<SourceReport> skipped;
        int read;
        int skippedRows;

        Rows(String name, DecodedText decoded, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped) {
            this.name = name;
            this.decoded = decoded;
            this.options = options;
            this.sink = sink;
            this.skipped = skipped;
        }

        int textColumn(List<String> columns) {
            List<String> wanted = options.textColumn() == null ? TEXT_COLUMNS : List.of(options.textColumn());
            for (String name : wanted) {
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).equalsIgnoreCase(name)) {
                        return i;
                    }
                }
            }
            throw new CorpusException("Cannot load '" + name + "': no text column "
                    + (options.textColumn() == null ? "(text, content, body, 正文, 内容 or 文本)" : "'" + options.textColumn() + "'")
                    + " among " + columns + "; name it with the text column option");
        }

        void row(int number, String text, Map<String, String> columns) {
            if (text.isBlank()) {
                skip(number, "it has no text");
                return;
            }
            if (text.getBytes(StandardCharsets.UTF_8).length > options.maxDocumentBytes()) {
                skip(number, "its text exceeds the maximum document size of " + options.maxDocumentBytes() + " bytes");
                return;
            }
            String location = name + "#row=" + number;
            Map<String, String> metadata = new LinkedHashMap<>(columns);
            metadata.put("path", name);
            metadata.put("row", Integer.toString(number));
            metadata.put("encoding", decoded.encoding());
            metadata.put("encoding.confidence", Integer.toString(decoded.confidence()));
            if (!decoded.lines().isEmpty()) {
                metadata.put("encoding.lines", decoded.lines());
            }
            metadata.put("size", Integer.toString(text.getBytes(StandardCharsets.UTF_8).length));
            SourceReport report = TextSources.report(location, decoded);
            sink.accept(new LoadedSource(new Source(name + "#" + number, location, metadata), text, report));
            read++;
        }

        void skip(int number, String problem) {
            skipped.accept(SourceReport.skipped(name + "#row=" + number, "Cannot load row " + number + " of '" + name + "': "
                    + problem));
            skippedRows++;
        }
    }
}
