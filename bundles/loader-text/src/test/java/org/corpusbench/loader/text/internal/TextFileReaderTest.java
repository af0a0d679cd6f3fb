package org.corpusbench.loader.text.internal;

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
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    private final TextFileReader reader = new TextFileReader(1000);

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

        assertEquals("Cannot load '" + file + "': its 1001 bytes exceed the maximum document size of 1000 bytes",
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
    void refusesAFolderWithoutTextFiles() {
        assertTrue(assertThrows(CorpusException.class, () -> load(folder)).getMessage().contains("no .txt files"));
    }

    private List<LoadedSource> load(Path path) {
        List<LoadedSource> sources = new ArrayList<>();
        reader.read(path, sources::add, Progress.NONE);
        return sources;
    }
}
