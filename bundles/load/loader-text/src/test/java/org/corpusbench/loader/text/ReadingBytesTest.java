package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program with files' names and bytes (a Spark job) gets from the readers' byte entry points the same
 * sources, metadata and reports, skipped files included, as the loaders get from the files' paths.
 */
class ReadingBytesTest {
    private static final LoadOptions OPTIONS = new LoadOptions(null, 40);

    @TempDir
    Path folder;

    private record Read(List<LoadedSource> sources, List<SourceReport> skipped) {
        Read() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    @Test
    void aFolderOfTextFilesReadsAlikeFileByFileSkippedFilesIncluded() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in/版面"));
        Files.write(in.resolve("a.txt"), "聊城市纪念国际妇女节".getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("b.txt"), "聊城日报\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("c.txt"), new byte[0]);
        Files.write(in.resolve("d.txt"), "太长了".repeat(10).getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("e.txt"), new byte[] {(byte) 0xE8, (byte) 0x81, 'x', (byte) 0x8A, 'y', 'z', 'z', 'z'});
        Files.write(in.resolve("notes.md"), "not text".getBytes(StandardCharsets.UTF_8));
        Path root = folder.resolve("in");
        Read byPath = new Read();
        new TextFileReader().read(root, OPTIONS, byPath.sources()::add, byPath.skipped()::add, Progress.NONE);

        Read byBytes = new Read();
        List<String> ids;
        try (Stream<Path> files = Files.walk(root)) {
            ids = files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).toList();
        }
        TextFileReader reader = new TextFileReader();
        for (String id : TextFileReader.inFolder(ids, OPTIONS)) {
            reader.readInFolder(id, Files.readAllBytes(root.resolve(id)), OPTIONS, byBytes.sources()::add, byBytes.skipped()::add);
        }

        assertEquals(byPath, byBytes);
        assertEquals(List.of("版面/a.txt", "版面/b.txt", "版面/e.txt"), byBytes.sources().stream().map(s -> s.source().id()).toList());
        assertEquals(2, byBytes.skipped().size());
    }

    @Test
    void aSingleFileReadsAlikeAndFailsAlike() throws IOException {
        Path file = Files.write(folder.resolve("第一版.txt"), "聊城市纪念国际妇女节".getBytes(Charset.forName("Big5-HKSCS")));
        List<LoadedSource> byPath = new ArrayList<>();
        new TextFileReader().read(file, LoadOptions.DEFAULTS, byPath::add, skip -> { }, Progress.NONE);

        assertEquals(byPath, List.of(new TextFileReader().read("第一版.txt", Files.readAllBytes(file), LoadOptions.DEFAULTS)));
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        String byPathError = message(() -> new TextFileReader().read(empty, OPTIONS, s -> { }, s -> { }, Progress.NONE));
        assertEquals(byPathError, message(() -> new TextFileReader().read("empty.txt", new byte[0], OPTIONS)));
    }

    @Test
    void anArchiveReadsAlikeFromItsBytes() throws IOException {
        Path archive = folder.resolve("报纸.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive), Charset.forName("GBK"))) {
            entry(zip, "新闻/第二版.txt", "市委副书记出席。".getBytes("GBK"));
            entry(zip, "新闻/第一版.txt", "聊城市纪念国际妇女节。".getBytes(StandardCharsets.UTF_8));
            entry(zip, "../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
            entry(zip, "图片.jpg", new byte[] {1, 2, 3});
        }
        Read byPath = new Read();
        new ZipReader().read(archive, LoadOptions.DEFAULTS, byPath.sources()::add, byPath.skipped()::add, Progress.NONE);

        Read byBytes = new Read();
        new ZipReader().read("报纸.zip", new ByteArrayInputStream(Files.readAllBytes(archive)), LoadOptions.DEFAULTS,
                byBytes.sources()::add, byBytes.skipped()::add, Progress.NONE);

        assertEquals(byPath, byBytes);
        assertEquals(2, byBytes.sources().size());
        assertEquals(2, byBytes.skipped().size());
    }

    @Test
    void tablesAndSegmentedTextReadAlikeFromTheirBytes() throws IOException {
        Path csv = Files.write(folder.resolve("rows.csv"), "title,text\n一,聊城市纪念国际妇女节\n二,\n三,\"多\",余\n"
                .getBytes(StandardCharsets.UTF_8));
        Path vertical = Files.write(folder.resolve("tokens.vrt"), "<text id=\"d1\" date=\"2023\">\n<s>\n聊城\tns\n日报\tn\n</s>\n</text>\n"
                .getBytes(StandardCharsets.UTF_8));
        Path spaced = Files.write(folder.resolve("spaced.txt"), "聊城/ns 日报/n\n出席/v 了/ul\n".getBytes(StandardCharsets.UTF_8));

        for (Path table : List.of(csv)) {
            Read byPath = new Read();
            new TableReader().read(table, LoadOptions.DEFAULTS, byPath.sources()::add, byPath.skipped()::add, Progress.NONE);
            Read byBytes = new Read();
            new TableReader().read(table.getFileName().toString(), Files.readAllBytes(table), LoadOptions.DEFAULTS,
                    byBytes.sources()::add, byBytes.skipped()::add, Progress.NONE);
            assertEquals(byPath, byBytes);
            assertEquals(1, byBytes.sources().size());
            assertEquals(2, byBytes.skipped().size());
        }
        for (Path file : List.of(vertical, spaced)) {
            Read byPath = new Read();
            new SegmentedReader().read(file, LoadOptions.DEFAULTS, byPath.sources()::add, byPath.skipped()::add, Progress.NONE);
            Read byBytes = new Read();
            new SegmentedReader().read(file.getFileName().toString(), Files.readAllBytes(file), LoadOptions.DEFAULTS,
                    byBytes.sources()::add, byBytes.skipped()::add, Progress.NONE);
            assertEquals(byPath, byBytes);
            assertTrue(byBytes.sources().get(0).tokens().size() > 2, file.toString());
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String message(Runnable read) {
        try {
            read.run();
        } catch (CorpusException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
