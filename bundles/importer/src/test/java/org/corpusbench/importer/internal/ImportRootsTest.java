package org.corpusbench.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusbench.api.CorpusException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRootsTest {
    @TempDir
    Path folder;

    private Path root;
    private Path outside;
    private ImportRoots roots;

    @BeforeEach
    void makeARootAndAFolderOutsideIt() throws IOException {
        root = Files.createDirectories(folder.resolve("corpora"));
        outside = Files.createDirectories(folder.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), "机密");
        Files.writeString(root.resolve("page.txt"), "聊城");
        roots = new ImportRoots(List.of(root, folder.resolve("does-not-exist")));
    }

    @Test
    void admitsPathsInsideARoot() throws IOException {
        assertEquals(root.resolve("page.txt").toRealPath(), roots.check(root.resolve("page.txt")));
        assertEquals(root.toRealPath(), roots.check(root));
    }

    @Test
    void refusesPathsOutsideEveryRootIncludingDotDotAndSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Path linkedFolder = Files.createSymbolicLink(root.resolve("linked"), outside);

        for (Path path : List.of(outside, outside.resolve("secret.txt"), root.resolve("../private/secret.txt"), link,
                linkedFolder, Path.of("/etc"))) {
            CorpusException error = assertThrows(CorpusException.class, () -> roots.check(path), path.toString());
            assertTrue(error.getMessage().startsWith("Cannot load '" + path + "': it is outside the import roots ("
                    + root.toRealPath() + "); add its folder to import.roots"), error.getMessage());
        }
    }

    @Test
    void aRootCreatedAfterStartUpAdmitsItsFiles() throws IOException {
        Path later = folder.resolve("later");
        ImportRoots withLater = new ImportRoots(List.of(later));
        Files.createDirectories(later);
        Path file = Files.writeString(later.resolve("page.txt"), "聊城");

        assertEquals(file.toRealPath(), withLater.check(file));
    }

    @Test
    void aMissingPathIsNamedAsMissing() {
        assertEquals("Cannot load '" + root.resolve("nope") + "': no such file or folder",
                assertThrows(CorpusException.class, () -> roots.check(root.resolve("nope"))).getMessage());
    }
}
