package org.corpusbench.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors and load reports reach REST users, whose uploads the server keeps under its data folder:
 * they name inputs as their user knows them, never by the server's absolute path.
 */
class NoServerPathTest {
    /** A path starting after a quote, a space or a bracket: "'/srv/data/...", " /tmp/x". */
    private static final Pattern ABSOLUTE = Pattern.compile("(^|[\\s'\"(\\[])/\\w");

    @TempDir
    Path folder;

    private final List<LoadedSource> sources = new ArrayList<>();
    private final List<SourceReport> reports = new ArrayList<>();

    @Test
    void aTableWithNoRowsIsNamedByItsFileName() throws IOException {
        Path table = Files.writeString(folder.resolve("header.csv"), "title,text\n", StandardCharsets.UTF_8);
        Path lines = Files.writeString(folder.resolve("blank.jsonl"), "\n\n", StandardCharsets.UTF_8);

        assertMessage("Cannot load 'header.csv': the table has no rows", () -> table(table));
        assertMessage("Cannot load 'blank.jsonl': the table has no rows", () -> table(lines));
    }

    @Test
    void tableRowsAreReportedByTheTablesFileName() throws IOException {
        Path table = Files.writeString(folder.resolve("rows.csv"), "title,text\na,聊城\nb\n", StandardCharsets.UTF_8);

        table(table);

        assertEquals("rows.csv#row=1", sources.get(0).report().location());
        assertEquals("rows.csv#row=1", sources.get(0).source().location());
        assertEquals("rows.csv", sources.get(0).source().metadata().get("path"));
        assertEquals(List.of("rows.csv#row=2"), reports.stream().map(SourceReport::location).toList());
        assertEquals("Cannot load row 2 of 'rows.csv': it has 1 fields, the header 2", reports.get(0).problem());
        assertClean();
    }

    @Test
    void anEmptyFileIsNamedByItsFileNameAloneAndByItsPathInALoadedFolder() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.txt"));
        Path corpus = Files.createDirectories(folder.resolve("corpus/sub"));
        Files.createFile(corpus.resolve("empty.txt"));
        Files.writeString(corpus.resolve("good.txt"), "聊城", StandardCharsets.UTF_8);
        Path vertical = Files.createFile(folder.resolve("empty.vrt"));
        Path table = Files.createFile(folder.resolve("empty.csv"));

        assertMessage("Cannot load 'empty.txt': the file is empty", () -> text(empty));
        assertMessage("Cannot load 'empty.vrt': the file is empty", () -> segmented(vertical));
        assertMessage("Cannot load 'empty.csv': the file is empty", () -> table(table));

        text(folder.resolve("corpus"));
        assertEquals(List.of("sub/empty.txt"), reports.stream().map(SourceReport::location).toList());
        assertEquals("Cannot load 'sub/empty.txt': the file is empty", reports.get(0).problem());
        assertEquals("sub/good.txt", sources.get(0).report().location());
        assertEquals("sub/good.txt", sources.get(0).source().location());
        assertEquals("sub/good.txt", sources.get(0).source().metadata().get("path"));
        assertClean();
    }

    @Test
    void anInputThatCannotBeReadSaysWhyWithoutItsPath() throws IOException {
        Path table = Files.createDirectory(folder.resolve("folder.csv")); // a folder where a file is expected
        Path vertical = Files.createDirectory(folder.resolve("folder.vrt"));
        Path archive = Files.createDirectory(folder.resolve("folder.zip"));
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.csv"), folder.resolve("gone.csv"));
        Path danglingZip = Files.createSymbolicLink(folder.resolve("dangling.zip"), folder.resolve("gone.zip"));

        assertMessage("Cannot read 'folder.csv': Is a directory", () -> table(table));
        assertMessage("Cannot read 'folder.vrt': Is a directory", () -> segmented(vertical));
        assertMessage("Cannot read archive 'folder.zip': Is a directory", () -> zip(archive));
        assertMessage("Cannot read 'dangling.csv': no such file", () -> table(dangling));
        assertMessage("Cannot read archive 'dangling.zip': no such file", () -> zip(danglingZip));
        assertMessage("Cannot load 'gone.txt': no such file or folder", () -> text(folder.resolve("gone.txt")));
    }

    @Test
    void anUnreadableFileIsNamedWithoutItsPath() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Path secret = Files.writeString(corpus.resolve("secret.txt"), "机密", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("good.txt"), "聊城", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "running as root, which reads any file");

            assertMessage("Cannot load 'secret.txt': not readable", () -> text(secret));
            text(corpus);
            assertEquals(List.of("secret.txt"), reports.stream().map(SourceReport::location).toList());
            assertEquals("Cannot read 'secret.txt': permission denied", reports.get(0).problem());
            assertClean();
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aSkippedBinaryFileInAFolderIsNamedByItsPathInTheFolder() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus/images"));
        Files.write(corpus.resolve("d.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        Files.writeString(folder.resolve("corpus/a.txt"), "聊城", StandardCharsets.UTF_8);

        text(folder.resolve("corpus"));

        assertEquals(List.of("a.txt"), sources.stream().map(s -> s.source().id()).toList());
        assertEquals(List.of("images/d.txt"), reports.stream().map(SourceReport::location).toList());
        assertEquals("Cannot load 'images/d.txt': it is a PNG image, not text", reports.get(0).problem());
        assertClean();
    }

    @Test
    void aBrokenArchiveAndItsEntriesAreNamedByTheArchivesFileName() throws IOException {
        Path broken = Files.write(folder.resolve("broken.zip"), "PK\u0003\u0004 not really".getBytes(StandardCharsets.UTF_8));
        Path archive = folder.resolve("news.zip");
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("版面/a.txt"));
            zip.write("聊城".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("版面/b.txt"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
            zip.putNextEntry(new ZipEntry("image.png"));
            zip.write(1);
        }

        CorpusException error = assertThrows(CorpusException.class, () -> zip(broken));
        assertTrue(error.getMessage().startsWith("Cannot read archive 'broken.zip': "), error.getMessage());
        assertNoPath(error.getMessage());

        zip(archive);
        assertEquals("news.zip!/版面/a.txt", sources.get(0).report().location());
        assertEquals("news.zip", sources.get(0).source().metadata().get("archive"));
        assertEquals(List.of("news.zip!/image.png", "news.zip!/版面/b.txt"), reports.stream().map(SourceReport::location).toList());
        assertEquals(List.of("Cannot load 'news.zip!/image.png': not a .txt file",
                "Cannot load 'news.zip!/版面/b.txt': it is a PNG image, not text"), reports.stream().map(SourceReport::problem).toList());
        assertClean();
    }

    @Test
    void aReasonLeavesOutThePathsThatIoExceptionsCarry() {
        assertEquals("no such file", IoProblems.reason(new NoSuchFileException("/srv/data/import/uploads/x/a.txt")));
        assertEquals("permission denied", IoProblems.reason(new AccessDeniedException("/srv/data/a.txt")));
        assertEquals("Is a directory", IoProblems.reason(new FileSystemException("/srv/data/a.txt", null, "Is a directory")));
        assertEquals("FileSystemLoopException", IoProblems.reason(new FileSystemLoopException("/srv/data/loop")));
        assertEquals("Permission denied", IoProblems.reason(new FileNotFoundException("/srv/data/a.zip (Permission denied)")));
        assertEquals("no such file", IoProblems.reason(new FileNotFoundException("/srv/data/a.zip")));
        assertEquals("IOException", IoProblems.reason(new IOException("/srv/data/a.txt")));
        assertEquals("IOException", IoProblems.reason(new IOException("C:\\data\\a.txt")));
        assertEquals("IOException", IoProblems.reason(new IOException()));
        assertEquals("zip END header not found", IoProblems.reason(new ZipException("zip END header not found")));
        assertEquals("a.txt", Inputs.name(Path.of("/srv/data/a.txt")));
        assertEquals("data", Inputs.name(Path.of("/srv/data/.")));
        assertEquals("/", Inputs.name(Path.of("/")));
    }

    private void assertMessage(String expected, Executable load) {
        String message = assertThrows(CorpusException.class, load).getMessage();
        assertEquals(expected, message);
        assertNoPath(message);
    }

    /** Every report, source location and metadata value is free of the server's folders. */
    private void assertClean() {
        for (SourceReport report : reports) {
            assertNoPath(report.location());
            assertNoPath(report.problem());
        }
        for (LoadedSource source : sources) {
            assertNoPath(source.report().location());
            assertNoPath(source.report().problem());
            assertNoPath(source.source().location());
            source.source().metadata().values().forEach(this::assertNoPath);
        }
    }

    private void assertNoPath(String text) {
        assertFalse(text.contains(folder.toString()), text);
        assertFalse(text.contains(folder.toAbsolutePath().toString()), text);
        assertFalse(text.contains(folder.getFileName().toString()), text); // the temp folder is above every loaded one
        assertFalse(ABSOLUTE.matcher(text).find(), text);
    }

    private void text(Path path) {
        new TextFileReader().read(path, new LoadOptions(null, 1000), sources::add, reports::add, Progress.NONE);
    }

    private void table(Path path) {
        new TableReader().read(path, LoadOptions.DEFAULTS, sources::add, reports::add, Progress.NONE);
    }

    private void segmented(Path path) {
        new SegmentedReader().read(path, LoadOptions.DEFAULTS, sources::add, reports::add, Progress.NONE);
    }

    private void zip(Path path) {
        new ZipReader(1L << 30).read(path, LoadOptions.DEFAULTS, sources::add, reports::add, Progress.NONE);
    }
}
