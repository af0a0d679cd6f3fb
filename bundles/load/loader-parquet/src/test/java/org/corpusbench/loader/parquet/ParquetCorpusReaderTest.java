package org.corpusbench.loader.parquet;

import static org.corpusbench.loader.parquet.DocumentParquet.row;
import static org.corpusbench.loader.parquet.DocumentParquet.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Token;
import org.corpusbench.api.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetCorpusReaderTest {
    private static final String TAKEN = "the Spark job's document rows";
    private final ParquetCorpusReader reader = new ParquetCorpusReader();

    @TempDir
    Path temp;

    /** Four documents in two parts, the later indexes in the part whose name sorts first. */
    private Path sparkFolder(CompressionCodecName codec) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus.parquet"));
        DocumentParquet.write(folder.resolve("part-00000-x.snappy.parquet"), codec, List.of(
                row(2, "b.txt#1", Map.of(), "ＡＢ。", tok("ＡＢ", 0, 2, "LATIN"), tok("。", 2, 3, "PUNCTUATION")),
                row(3, "b.txt#2", Map.of(), "")));
        DocumentParquet.write(folder.resolve("part-00001-x.snappy.parquet"), codec, List.of(
                row(0, "a.txt#1", Map.of("date", "--03-03", "headline", "聊城"), "聊城市 纪念",
                        tok("聊城市", 0, 3, "CHINESE_WORD", "ns"), tok(" ", 3, 4, "WHITESPACE"), tok("纪念", 4, 6, "CHINESE_WORD", "v")),
                row(1, "a.txt#2", Map.of("date", "--03-04"), "\uD840\uDC00年2023",
                        tok("\uD840\uDC00年", 0, 2, "CHINESE_WORD"), tok("2023", 2, 6, "NUMBER"))));
        Files.writeString(folder.resolve(ParquetCorpusReader.SUCCESS), "");
        return folder;
    }

    private List<LoadedSource> read(Path path) {
        List<LoadedSource> sources = new ArrayList<>();
        reader.read(path, LoadOptions.DEFAULTS, sources::add, skipped -> {
            throw new AssertionError("nothing is skipped: " + skipped);
        }, Progress.NONE);
        return sources;
    }

    @Test
    void readsEveryRowInIndexOrderWithItsIdMetadataTextAndTokens() throws IOException {
        List<LoadedSource> sources = read(sparkFolder(CompressionCodecName.SNAPPY));

        assertEquals(List.of("a.txt#1", "a.txt#2", "b.txt#1", "b.txt#2"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals(List.of("a.txt", "a.txt", "b.txt", "b.txt"), sources.stream().map(s -> s.source().location()).toList());
        assertEquals(List.of(Map.of("date", "--03-03", "headline", "聊城"), Map.of("date", "--03-04"), Map.of(), Map.of()),
                sources.stream().map(LoadedSource::documentMetadata).toList());
        assertEquals(List.of("聊城市 纪念", "\uD840\uDC00年2023", "ＡＢ。", ""), sources.stream().map(LoadedSource::text).toList());
        assertEquals(List.of(new Token("聊城市", 0, 3, TokenType.CHINESE_WORD, "ns"), new Token(" ", 3, 4, TokenType.WHITESPACE),
                new Token("纪念", 4, 6, TokenType.CHINESE_WORD, "v")), sources.get(0).tokens());
        assertEquals(List.of(new Token("\uD840\uDC00年", 0, 2, TokenType.CHINESE_WORD), new Token("2023", 2, 6, TokenType.NUMBER)),
                sources.get(1).tokens(), "offsets count code points");
        assertEquals(List.of(), sources.get(3).tokens(), "a document without tokens is still pre-segmented");
        assertEquals("corpus.parquet/part-00001-x.snappy.parquet", sources.get(0).source().metadata().get("parquet.file"));
    }

    @ParameterizedTest
    @EnumSource(names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"})
    void decompressesWhatSparkAndParquetJavaCompressWith(CompressionCodecName codec) throws IOException {
        assertEquals(4, read(sparkFolder(codec)).size());
    }

    @Test
    void readsOneParquetFileAndAZipOfTheFolderAlike() throws IOException {
        Path folder = sparkFolder(CompressionCodecName.SNAPPY);
        Path zip = zip(temp.resolve("corpus.zip"), folder, "corpus.parquet/");

        Path single = temp.resolve("corpus-one.parquet");
        DocumentParquet.write(single, CompressionCodecName.SNAPPY, read(folder).stream()
                .map(s -> row(ids(read(folder)).indexOf(s.source().id()), s.source().id(), s.documentMetadata(), s.text())).toList());

        assertEquals(ids(read(folder)), ids(read(zip)));
        assertEquals(ids(read(folder)), ids(read(single)));
        assertMessage(folder.resolve("part-00000-x.snappy.parquet"),
                "'corpus.parquet/part-00000-x.snappy.parquet': document index 0 is missing");
    }

    @Test
    void acceptsSparkFoldersParquetFilesAndZipsOfThemOnly() throws IOException {
        Path folder = sparkFolder(CompressionCodecName.SNAPPY);
        Path text = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(text.resolve("a.txt"), "聊城");
        Path unfinished = Files.createDirectories(temp.resolve("unfinished"));
        Files.copy(folder.resolve("part-00000-x.snappy.parquet"), unfinished.resolve("part-00000.parquet"));

        assertTrue(reader.accepts(folder));
        assertTrue(reader.accepts(folder.resolve("part-00001-x.snappy.parquet")));
        assertTrue(reader.accepts(zip(temp.resolve("parts.zip"), folder, "")));
        assertFalse(reader.accepts(text), "a folder of text");
        assertFalse(reader.accepts(unfinished), "a folder without Spark's _SUCCESS");
        assertFalse(reader.accepts(zip(temp.resolve("texts.zip"), text, "")), "a zip of text");
        assertFalse(reader.accepts(text.resolve("a.txt")));
    }

    @Test
    void refusesAParquetWithoutTheDocumentColumnsNamingFileAndColumn() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        String noTokens = DocumentParquet.SPARK_SCHEMA.replaceAll("(?s)required group tokens.*", "}");
        DocumentParquet.write(folder.resolve("t.parquet"), CompressionCodecName.SNAPPY, noTokens,
                List.of(row(0, "a#1", Map.of(), "x")));

        CorpusException e = assertThrows(CorpusException.class, () -> read(folder.resolve("t.parquet")));
        assertEquals("'out/t.parquet': column 'tokens' is missing (" + TAKEN + ": index, source, id, metadata, text, tokens)",
                e.getMessage());
    }

    @Test
    void refusesAColumnOfAnotherType() throws IOException {
        Path file = temp.resolve("t.parquet");
        DocumentParquet.write(file, CompressionCodecName.SNAPPY, DocumentParquet.SPARK_SCHEMA.replace("int64 index", "int32 index"),
                List.of());

        assertMessage(file, "'" + temp.getFileName() + "/t.parquet': column 'index' is required int32 index, not one INT64");
    }

    @Test
    void refusesTokenOffsetsOutsideTheText() throws IOException {
        Path file = oneRow(row(0, "a#1", Map.of(), "纪念", tok("纪念", 0, 3, "CHINESE_WORD")));

        assertMessage(file, "'" + temp.getFileName() + "/t.parquet': document 0 ('a#1'): token '纪念' at [0, 3) lies outside its text of 2 characters");
    }

    @Test
    void refusesATokenThatIsNotTheTextAtItsOffsets() throws IOException {
        Path file = oneRow(row(0, "a#1", Map.of(), "纪念日", tok("纪念", 1, 3, "CHINESE_WORD")));

        assertMessage(file, "token '纪念' at [1, 3) is not the text there ('念日')");
    }

    @Test
    void refusesUnknownTokenTypes() throws IOException {
        Path file = oneRow(row(0, "a#1", Map.of(), "纪念", tok("纪念", 0, 2, "WORD")));

        assertMessage(file, "token '纪念' at [0, 2) has the unknown token type 'WORD' (known: [CHINESE_WORD, NUMBER, LATIN,");
    }

    @Test
    void refusesDuplicateIdsBeforeHandingOnAnyRow() throws IOException {
        Path file = temp.resolve("t.parquet");
        DocumentParquet.write(file, CompressionCodecName.SNAPPY, List.of(row(0, "a#1", Map.of(), ""), row(1, "a#1", Map.of(), "")));

        assertMessage(file, "'" + temp.getFileName() + "/t.parquet': document id 'a#1' is given twice");
    }

    @Test
    void refusesADuplicateIdInAnotherPartNamingBoth() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus.parquet"));
        DocumentParquet.write(folder.resolve("part-0.parquet"), CompressionCodecName.SNAPPY, List.of(row(0, "a#1", Map.of(), "")));
        DocumentParquet.write(folder.resolve("part-1.parquet"), CompressionCodecName.SNAPPY, List.of(row(1, "a#1", Map.of(), "")));
        Files.writeString(folder.resolve("_SUCCESS"), "");

        assertMessage(folder, "'corpus.parquet/part-1.parquet': document id 'a#1' is given twice (also in 'corpus.parquet/part-0.parquet')");
    }

    @Test
    void refusesAGapInTheIndex() throws IOException {
        Path file = temp.resolve("t.parquet");
        DocumentParquet.write(file, CompressionCodecName.SNAPPY, List.of(row(0, "a#1", Map.of(), ""), row(2, "a#2", Map.of(), "")));

        assertMessage(file, ": document index 1 is missing (the rows' index must run from 0 to 1 without gaps");
    }

    @Test
    void refusesAnIndexNotFromZero() throws IOException {
        Path file = oneRow(row(1, "a#1", Map.of(), ""));

        assertMessage(file, ": document index 0 is missing");
    }

    @Test
    void refusesARepeatedIndexNamingItsFile() throws IOException {
        Path file = temp.resolve("t.parquet");
        DocumentParquet.write(file, CompressionCodecName.SNAPPY,
                List.of(row(0, "a#1", Map.of(), ""), row(0, "a#2", Map.of(), ""), row(1, "a#3", Map.of(), "")));

        assertMessage(file, "'" + temp.getFileName() + "/t.parquet': document index 0 is given twice");
    }

    @Test
    void refusesAFileThatIsNotParquet() throws IOException {
        Path file = Files.writeString(temp.resolve("t.parquet"), "聊城日报");

        assertMessage(file, "'" + temp.getFileName() + "/t.parquet' cannot be read as Parquet: ");
    }

    @Test
    void aFolderWithoutParquetFilesIsNamed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));

        assertMessage(folder, "'empty' holds no .parquet file");
    }

    private Path oneRow(DocumentParquet.Row row) throws IOException {
        Path file = temp.resolve("t.parquet");
        DocumentParquet.write(file, CompressionCodecName.SNAPPY, List.of(row));
        return file;
    }

    private void assertMessage(Path input, String part) {
        List<LoadedSource> handedOn = new ArrayList<>();
        CorpusException e = assertThrows(CorpusException.class,
                () -> reader.read(input, LoadOptions.DEFAULTS, handedOn::add, skipped -> { }, Progress.NONE));
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertEquals(List.of(), handedOn);
    }

    private static List<String> ids(List<LoadedSource> sources) {
        return sources.stream().map(s -> s.source().id()).toList();
    }

    private static Path zip(Path zip, Path folder, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out);
                var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                archive.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                archive.write(Files.readAllBytes(file));
                archive.closeEntry();
            }
        }
        return zip;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
