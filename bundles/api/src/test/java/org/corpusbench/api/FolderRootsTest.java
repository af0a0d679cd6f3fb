package org.corpusbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderRootsTest {
    @TempDir
    Path folder;

    private Path root;
    private Path outside;
    private FolderRoots roots;

    @BeforeEach
    void makeARootAndAFolderOutsideIt() throws IOException {
        root = Files.createDirectories(folder.resolve("corpora-in"));
        outside = Files.createDirectories(folder.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), "机密");
        Files.writeString(root.resolve("page.txt"), "聊城");
        roots = new FolderRoots("import", List.of(root, folder.resolve("does-not-exist")), List.of(root.resolve("forbidden")));
    }

    @Test
    void admitsPathsInsideARootAbsoluteOrRelativeToTheFirst() throws IOException {
        assertEquals(root.resolve("page.txt").toRealPath(), roots.existing(root.resolve("page.txt").toString()));
        assertEquals(root.resolve("page.txt").toRealPath(), roots.existing("page.txt"));
        assertEquals(root.toRealPath(), roots.existing(root.toString()));
    }

    @Test
    void refusesPathsOutsideEveryRootIncludingDotDotAndSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
        Path linkedFolder = Files.createSymbolicLink(root.resolve("linked"), outside);
        for (String path : List.of(outside.toString(), outside.resolve("secret.txt").toString(), "../private/secret.txt",
                link.toString(), linkedFolder.toString(), "/etc")) {
            CorpusException error = assertThrows(CorpusException.class, () -> roots.existing(path), path);
            assertEquals("'" + path + "' is outside the import roots (corpora-in); give a path inside one, or a name "
                    + "relative to the first", error.getMessage());
            assertFalse(error.getMessage().replace(path, "").contains(root.toString()), "the roots are named, not their paths");
        }
    }

    @Test
    void aForbiddenFolderInsideARootStaysOut() throws IOException {
        Path forbidden = Files.createDirectories(root.resolve("forbidden"));
        Files.writeString(forbidden.resolve("users.properties"), "admin = x");
        assertThrows(CorpusException.class, () -> roots.existing("forbidden/users.properties"));
        assertThrows(CorpusException.class, () -> roots.writable("forbidden/users.properties"));
    }

    @Test
    void aRootCreatedAfterStartUpAdmitsItsFiles() throws IOException {
        Path later = folder.resolve("later");
        FolderRoots withLater = new FolderRoots("import", List.of(later), List.of());
        Files.createDirectories(later);
        Path file = Files.writeString(later.resolve("page.txt"), "聊城");
        assertEquals(file.toRealPath(), withLater.existing(file.toString()));
    }

    @Test
    void aMissingPathIsNamedAsTheUserGaveIt() {
        assertEquals("Cannot read 'nope': no such file or folder in the import roots",
                assertThrows(CorpusException.class, () -> roots.existing("nope")).getMessage());
    }

    @Test
    void writesGoInsideARootAndAreDescribedRelativeToIt() throws IOException {
        Path target = roots.writable("out.csv");
        assertEquals(root.toRealPath().resolve("out.csv"), target);
        assertEquals("corpora-in/out.csv", roots.describe(target));
        assertThrows(CorpusException.class, () -> roots.writable(outside.resolve("x.csv").toString()));
        assertThrows(CorpusException.class, () -> roots.writable("../private/x.csv"));
        assertEquals("Cannot write 'no-folder/x.csv': its folder does not exist in the import roots",
                assertThrows(CorpusException.class, () -> roots.writable("no-folder/x.csv")).getMessage());
        Path link = Files.createSymbolicLink(root.resolve("escape.csv"), outside.resolve("secret.txt"));
        assertThrows(CorpusException.class, () -> roots.writable(link.getFileName().toString()), "a link out is followed");
        assertTrue(roots.writable("page.txt").endsWith("page.txt"), "an existing file inside may be replaced");
        assertThrows(CorpusException.class, () -> roots.writable(root.toString()));
        assertThrows(CorpusException.class, () -> roots.writable("a\u0000b"));
    }

    @Test
    void karafRootsForbidItsOwnFoldersWhateverIsConfigured() throws IOException {
        Path home = Files.createDirectories(folder.resolve("karaf"));
        for (String sub : List.of("etc", "system", "deploy", "data/corpora", "data/export")) {
            Files.createDirectories(home.resolve(sub));
        }
        Map<String, String> properties = Map.of("karaf.home", home.toString(), "karaf.data", home.resolve("data").toString());
        FolderRoots everything = FolderRoots.forKaraf("export", List.of("${karaf.home}"), properties::get);
        for (String path : List.of("etc/users.properties", "system/x.jar", "deploy/x.jar", "data/corpora/x")) {
            assertThrows(CorpusException.class, () -> everything.writable(path), path);
        }
        assertEquals(home.toRealPath().resolve("data/export/a.csv"), everything.writable("data/export/a.csv"));
        FolderRoots exports = FolderRoots.forKaraf("export", List.of("${karaf.data}/export"), properties::get);
        assertEquals("export/a.csv", exports.describe(exports.writable("a.csv")));
    }
}
