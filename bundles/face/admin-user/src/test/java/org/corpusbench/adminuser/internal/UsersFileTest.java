package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {
    private static final String KARAF = """
            # karaf = karaf,_g_:admingroup \\
            # _g_\\:admingroup = group,admin
            reader = {CRYPT}abc{CRYPT},\\
                corpus-reader, \\
                ssh
            ! bang comment
            _g_\\:admingroup = group,admin
            spaced\\ name=pw
            admin   :   {CRYPT}old{CRYPT},_g_:admingroup
            last = no-newline""";

    @TempDir
    Path etc;

    @Test
    void readsEntriesAsJavaPropertiesDoes() throws IOException {
        UsersFile users = UsersFile.of(KARAF);
        Properties expected = new Properties();
        expected.load(new StringReader(KARAF));

        assertEquals(Optional.of("{CRYPT}abc{CRYPT},corpus-reader, ssh"), users.get("reader"));
        assertEquals(Optional.of("group,admin"), users.get("_g_:admingroup"));
        assertEquals(expected.getProperty("spaced name"), users.get("spaced name").orElseThrow());
        assertEquals(List.of("reader", "spaced name", "admin", "last"), List.copyOf(users.users().keySet()));
        assertEquals(KARAF, users.text(), "nothing changes by reading");
        assertFalse(users.changed());
    }

    @Test
    void replacesOneEntryAndLeavesEveryOtherCharacterAlone() throws IOException {
        UsersFile users = UsersFile.of(KARAF);
        users.put("admin", "{CRYPT}new{CRYPT},_g_:admingroup");
        users.put("_g_:admingroup", "group,admin,corpus-admin");
        users.put("last", "still-no-newline");

        String expected = KARAF.replace("admin   :   {CRYPT}old{CRYPT},_g_:admingroup", "admin = {CRYPT}new{CRYPT},_g_:admingroup")
                .replace("comment\n_g_\\:admingroup = group,admin\n", "comment\n_g_\\:admingroup = group,admin,corpus-admin\n")
                .replace("last = no-newline", "last = still-no-newline");
        assertEquals(expected, users.text());
        assertTrue(expected.contains("# _g_\\:admingroup = group,admin\n"), "the comment is not an entry");
        Properties reread = new Properties();
        reread.load(new StringReader(users.text()));
        assertEquals("group,admin,corpus-admin", reread.getProperty("_g_:admingroup"));
        assertTrue(users.changed());
    }

    @Test
    void appendsNewEntriesAfterALastLineWithoutNewline() {
        UsersFile users = UsersFile.of("a = 1");
        users.comment("added");
        users.put("b c:d", " x\\y");
        assertEquals("a = 1\n# added\nb\\ c\\:d = \\ x\\\\y\n", users.text());
        assertEquals(Optional.of(" x\\y"), UsersFile.of(users.text()).get("b c:d"));
    }

    @Test
    void writesAtomicallyForItsOwnerOnly() throws IOException {
        Path file = etc.resolve("users.properties");
        Files.writeString(file, KARAF);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        UsersFile users = UsersFile.read(file);
        users.put("admin", "x");
        users.write(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(users.text(), Files.readString(file));
        try (var files = Files.list(etc)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        assertEquals(Map.of(), UsersFile.read(etc.resolve("missing")).users());
    }

    @Test
    void anUpdateMadeWhileKarafRewritesTheFileInPlaceKeepsEveryUser() throws Exception {
        Path file = etc.resolve("users.properties");
        Files.writeString(file, "");
        // Karaf truncates the file, then writes it: the update must not take the empty moment for the content
        Thread karaf = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(file, KARAF);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        karaf.start();

        UsersFile.update(file, users -> {
            users.put("added", "pw,viewer");
            return null;
        });
        karaf.join();

        Map<String, String> users = UsersFile.read(file).users();
        assertEquals("pw,viewer", users.get("added"));
        assertEquals("{CRYPT}abc{CRYPT},corpus-reader, ssh", users.get("reader"), users.toString());
    }

    @Test
    void aChangeIsMadeAgainWhenTheFileChangedMeanwhile() throws IOException {
        Path file = etc.resolve("users.properties");
        Files.writeString(file, "reader = plain,corpus-reader\n");
        List<String> seen = new java.util.ArrayList<>();

        String result = UsersFile.update(file, users -> {
            seen.add(users.get("reader").orElseThrow());
            if (seen.size() == 1) {
                // another writer hashes the reader while this change is being made
                Files.writeString(file, "reader = {CRYPT}ab{CRYPT},corpus-reader\nviewer = {CRYPT}cd{CRYPT},viewer\n");
            }
            users.put("admin", "{CRYPT}ef{CRYPT},_g_:admingroup");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(List.of("plain,corpus-reader", "{CRYPT}ab{CRYPT},corpus-reader"), seen);
        assertEquals(List.of("reader", "viewer", "admin"), List.copyOf(UsersFile.read(file).users().keySet()));
    }

    @Test
    void aFileThatStaysEmptyOrIsMissingIsTakenAsEmpty() throws IOException {
        Path file = etc.resolve("users.properties");
        Files.writeString(file, "");
        UsersFile.update(file, users -> {
            users.put("admin", "x");
            return null;
        });
        assertEquals(Map.of("admin", "x"), UsersFile.read(file).users());

        Path missing = etc.resolve("missing.properties");
        UsersFile.update(missing, users -> {
            users.put("admin", "y");
            return null;
        });
        assertEquals(Map.of("admin", "y"), UsersFile.read(missing).users());
    }
}
