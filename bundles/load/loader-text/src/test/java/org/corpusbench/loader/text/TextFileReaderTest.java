package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    private final TextFileReader reader = new TextFileReader();
    private final List<SourceReport> skipped = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void readsAFolderRecursivelyInPathOrderWithRelativeIds() throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/2.txt"), "第二", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.txt"), "第一", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ignored.csv"), "x", StandardCharsets.UTF_8);

        List<LoadedSource> sources = load(folder);

        assertEquals(List.of("a.txt", "b/2.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals("第二", sources.get(1).text());
        assertEquals("6", sources.get(1).source().metadata().get("size"));
    }

    @Test
    void dropsTheByteOrderMark() throws IOException {
        Path file = folder.resolve("bom.txt");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE8, (byte) 0x81, (byte) 0x8A});

        assertEquals("聊", load(file).get(0).text());
    }

    @Test
    void recordsTheDetectedEncodingOfAGbkFileInItsMetadata() throws IOException {
        Path file = folder.resolve("gbk.txt");
        Files.write(file, "聊城市纪念国际妇女节".getBytes("GBK"));

        LoadedSource source = load(file).get(0);

        assertEquals("聊城市纪念国际妇女节", source.text());
        assertEquals("GB18030", source.source().metadata().get("encoding"));
        assertEquals("icu4j+common-characters", source.source().metadata().get("encoding.method")); // short text: ICU4J unsure
        assertEquals("0", source.source().metadata().get("undecodable.bytes"));
    }

    @Test
    void refusesAFileAboveTheMaximumDocumentSizeBeforeReadingIt() throws IOException {
        Path file = Files.write(folder.resolve("huge.txt"), new byte[1001]);

        assertEquals("Cannot load 'huge.txt': its 1001 bytes exceed the maximum document size of 1000 bytes",
                assertThrows(CorpusException.class, () -> load(file)).getMessage());
    }

    @Test
    void refusesEmptyBinaryAndMissingInput() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path binary = Files.write(folder.resolve("binary.txt"), new byte[] {0, 0, 1, 0});

        assertTrue(assertThrows(CorpusException.class, () -> load(empty)).getMessage().contains("empty"));
        assertTrue(assertThrows(CorpusException.class, () -> load(binary)).getMessage().contains("binary"));
        assertTrue(assertThrows(CorpusException.class, () -> load(folder.resolve("nope")))
                .getMessage().contains("no such file"));
    }

    @Test
    void inAFolderSkipsWhatCannotBeReadWithItsReasonAndLoadsTheRest() throws IOException {
        Files.writeString(folder.resolve("good.txt"), "聊城", StandardCharsets.UTF_8);
        Files.createFile(folder.resolve("empty.txt"));
        Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(folder.resolve("huge.txt"), new byte[1001]);

        List<LoadedSource> sources = load(folder);

        assertEquals(List.of("good.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals(SourceReport.Outcome.READ, sources.get(0).report().outcome());
        assertEquals(List.of("empty.txt: the file is empty", "huge.txt: its 1001 bytes exceed the maximum document size of 1000 bytes",
                "image.txt: it is a PNG image, not text"), skipped.stream()
                .map(r -> r.location() + r.problem().substring(r.problem().indexOf("':") + 1)).toList());
        assertTrue(skipped.stream().allMatch(r -> r.outcome() == SourceReport.Outcome.SKIPPED));
    }

    @Test
    void includeAndExcludePatternsChooseFilesByTheirPathInTheFolder() throws IOException {
        for (String name : List.of("2023/a.txt", "2024/b.txt", "2024/drafts/c.txt", "d.txt")) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "聊城", StandardCharsets.UTF_8);
        }

        List<LoadedSource> sources = load(folder, new LoadOptions(null, 1000).withPatterns(List.of("2024/**", "*.txt"),
                List.of("**/drafts/**")));

        assertEquals(List.of("2024/b.txt", "d.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertTrue(assertThrows(CorpusException.class, () -> load(folder, new LoadOptions(null, 1000)
                .withPatterns(List.of("1999/**"), List.of()))).getMessage().endsWith("that the include and exclude patterns let through"));
        assertEquals("Invalid pattern 'a{b': Missing '}", assertThrows(CorpusException.class,
                () -> load(folder, new LoadOptions(null, 1000).withPatterns(List.of("a{b"), List.of()))).getMessage());
    }

    @Test
    void neverFollowsASymbolicLinkInAFolder() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.txt"), "机密", StandardCharsets.UTF_8);
        Path inside = Files.createDirectories(folder.resolve("in"));
        Files.writeString(inside.resolve("page.txt"), "聊城", StandardCharsets.UTF_8);
        Files.createSymbolicLink(inside.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(inside.resolve("sub"), outside);

        List<LoadedSource> sources = load(inside);

        assertEquals(List.of("page.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).problem().endsWith("it is a symbolic link, which a folder import does not follow"));
    }

    @Test
    void aGivenEncodingOverridesDetectionAndAnUnknownOneIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("big5.txt"), "聊城".getBytes("GBK"));

        assertEquals("聊城", load(file, new LoadOptions("GBK", 1000)).get(0).text());
        assertEquals("Unknown encoding 'klingon'; use a name such as GB18030, Big5, UTF-8 or UTF-16LE",
                assertThrows(CorpusException.class, () -> load(file, new LoadOptions("klingon", 1000))).getMessage());
    }

    @Test
    void reportsUndecodableBytesAsDamage() throws IOException {
        Path file = Files.write(folder.resolve("damaged.txt"), new byte[] {'o', 'k', (byte) 0xFF, 'o', 'k'});

        SourceReport report = load(file, new LoadOptions("UTF-8", 1000)).get(0).report();

        assertEquals(SourceReport.Outcome.DAMAGED, report.outcome());
        assertEquals(1, report.undecodableBytes());
        assertEquals(List.of(2L), report.undecodableOffsets());
        assertEquals("1 bytes could not be decoded as UTF-8, first at byte 2", report.problem());
    }

    @Test
    void refusesAFolderWithoutTextFiles() {
        assertTrue(assertThrows(CorpusException.class, () -> load(folder)).getMessage().contains("no .txt files"));
    }

    private List<LoadedSource> load(Path path) {
        return load(path, new LoadOptions(null, 1000));
    }

    private List<LoadedSource> load(Path path, LoadOptions options) {
        List<LoadedSource> sources = new ArrayList<>();
        reader.read(path, options, sources::add, skipped::add, Progress.NONE);
        return sources;
    }
}
