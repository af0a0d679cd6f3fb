package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipReaderTest {
    @TempDir
    Path folder;

    private final List<LoadedSource> sources = new ArrayList<>();
    private final List<SourceReport> skipped = new ArrayList<>();

    @Test
    void readsTextEntriesOfAGbkArchiveWithGbkNamesInNameOrder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("新闻/第二版.txt", "市委副书记、政法委书记谢兆村出席。".getBytes("GBK"));
        entries.put("新闻/第一版.txt", "聊城市纪念国际妇女节113周年。".getBytes("GBK"));
        Path archive = zip("gbk.zip", Charset.forName("GBK"), entries);

        read(archive, 1 << 20);

        assertEquals(List.of("新闻/第一版.txt", "新闻/第二版.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals("聊城市纪念国际妇女节113周年。", sources.get(0).text());
        assertEquals("GB18030", sources.get(0).source().metadata().get("encoding"));
        assertEquals("新闻/第一版.txt", sources.get(0).source().metadata().get("entry"));
        assertEquals(List.of(), skipped);
    }

    @Test
    void skipsEntriesThatEscapeAreNotTextOrExpandTooMuchWithTheirReason() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ok.txt", "聊城".getBytes(StandardCharsets.UTF_8));
        entries.put("../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("a/../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("/etc/passwd.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("C:/windows.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("back\\slash.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("%2e%2e/encoded.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("..%2Fencoded.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("photo.jpg", new byte[] {1, 2});
        entries.put("bomb.txt", "a".repeat(3 << 20).getBytes(StandardCharsets.UTF_8));
        entries.put("large.txt", "聊城日报".repeat(100).getBytes(StandardCharsets.UTF_8));
        Path archive = zip("mixed.zip", StandardCharsets.UTF_8, entries);

        read(archive, 1000);

        assertEquals(List.of("ok.txt"), sources.stream().map(s -> s.source().id()).toList());
        Map<String, String> reasons = new LinkedHashMap<>();
        skipped.forEach(r -> reasons.put(r.location().substring(r.location().indexOf("!/") + 2),
                r.problem().substring(r.problem().indexOf("': ") + 3)));
        assertEquals("its name escapes the archive", reasons.get("../evil.txt"));
        assertEquals("its name escapes the archive", reasons.get("a/../../evil.txt"));
        assertEquals("its name escapes the archive", reasons.get("/etc/passwd.txt"));
        assertEquals("its name escapes the archive", reasons.get("C:/windows.txt"));
        assertEquals("its name escapes the archive", reasons.get("back\\slash.txt"));
        assertEquals("its name escapes the archive", reasons.get("%2e%2e/encoded.txt"));
        assertEquals("its name escapes the archive", reasons.get("..%2Fencoded.txt"));
        assertEquals("not a .txt file", reasons.get("photo.jpg"));
        assertEquals("it expands beyond the maximum document size of 1000 bytes", reasons.get("large.txt"));
        assertEquals(10, skipped.size());
    }

    @Test
    void stopsAZipBombByItsCompressionRatio() throws IOException {
        Path archive = zip("bomb.zip", StandardCharsets.UTF_8, Map.of("bomb.txt", "a".repeat(5 << 20).getBytes(StandardCharsets.UTF_8)));

        read(archive, 64L << 20);

        assertEquals(List.of(), sources);
        assertTrue(skipped.get(0).problem().endsWith("it expands more than 100 times its compressed size, like a zip bomb"),
                skipped.get(0).problem());
    }

    @Test
    void refusesAnArchiveThatExpandsBeyondItsTotalLimit() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put(i + ".txt", ("第" + i + "篇").repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        Path archive = zip("many.zip", StandardCharsets.UTF_8, entries);

        CorpusException error = assertThrows(CorpusException.class, () -> new ZipReader(1000)
                .read(archive, new LoadOptions(null, 1 << 20), sources::add, skipped::add, Progress.NONE));
        assertEquals("Cannot load 'many.zip': it expands beyond 1000 bytes", error.getMessage());
    }

    @Test
    void namesACorruptArchive() throws IOException {
        Path archive = Files.write(folder.resolve("broken.zip"), "PK\u0003\u0004 not really".getBytes(StandardCharsets.UTF_8));

        CorpusException error = assertThrows(CorpusException.class, () -> read(archive, 1000));
        assertTrue(error.getMessage().startsWith("Cannot read archive 'broken.zip': "), error.getMessage());
    }

    private void read(Path archive, long maxDocumentBytes) {
        new ZipReader(1L << 30).read(archive, new LoadOptions(null, maxDocumentBytes), sources::add, skipped::add, Progress.NONE);
    }

    private Path zip(String name, Charset names, Map<String, byte[]> entries) throws IOException {
        Path archive = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return archive;
    }
}
