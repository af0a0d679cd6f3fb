package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdminTest {
    private static final String KARAF_USERS = "# karaf = karaf,_g_:admingroup\n# _g_\\:admingroup = group,admin\n";
    private static final String GROUP_ROLES = "group,admin,manager,viewer,systembundles,ssh,corpus-admin";
    /** A users.properties written by the previous version, with a user added by hand. */
    private static final String LEGACY = KARAF_USERS
            + "# Added on first start by the Corpus Workbench\n"
            + "admin = " + LegacySha256Test.ABC + ",_g_:admingroup\n"
            + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n"
            + "# a reader, added by hand\n"
            + "reader = {CRYPT}" + "0123456789abcdef".repeat(4) + "{CRYPT},corpus-reader\n";

    @TempDir
    Path etc;

    private final FakeEncryptionService encryption = new FakeEncryptionService();
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasherTest.BCRYPT, encryption);

    @Test
    void generatesAPasswordIntoAnOwnerOnlyFileAndAddsTheUserWithASaltedHash() throws IOException {
        Files.writeString(usersFile(), KARAF_USERS);

        InitialAdmin.Result result = admin().ensure(null);

        assertEquals(InitialAdmin.Outcome.GENERATED, result.outcome());
        String password = Files.readString(passwordFile()).trim();
        assertTrue(password.length() >= 24);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(usersFile())));
        Properties users = users();
        String stored = users.getProperty("admin").split(",")[0];
        assertTrue(stored.startsWith("{CRYPT}bcrypt$"), stored);
        assertTrue(hasher.matches(password, stored));
        assertEquals(stored + ",_g_:admingroup", users.getProperty("admin"));
        assertEquals(GROUP_ROLES, users.getProperty("_g_:admingroup"));
        String file = Files.readString(usersFile());
        assertTrue(file.startsWith(KARAF_USERS), "Karaf's lines kept");
        // Karaf's realm reads the role list as written: the group is not escaped in the value
        assertTrue(file.contains("admin = " + stored + ",_g_:admingroup\n"), file);
        assertFalse(file.contains(password), "the plain password is never stored");
        assertTrue(file.contains("_g_\\:admingroup = " + GROUP_ROLES + "\n"), file);
        assertEquals(List.of(), result.legacyUsers());
    }

    @Test
    void takesThePasswordFromTheEnvironmentAndWritesNoFile() throws IOException {
        assertEquals(InitialAdmin.Outcome.FROM_ENVIRONMENT, admin().ensure("s3cret, Pw\\").outcome());

        assertTrue(hasher.matches("s3cret, Pw\\", users().getProperty("admin").split(",_g_")[0]));
        assertFalse(Files.exists(passwordFile()));
    }

    @Test
    void reHashesTheLegacyAdminEntryWithThePasswordFromTheEnvironment() throws IOException {
        Files.writeString(usersFile(), LEGACY);

        InitialAdmin.Result result = admin().ensure("abc");

        assertEquals(InitialAdmin.Outcome.ALREADY_PRESENT, result.outcome());
        assertTrue(result.adminRehashed());
        assertTrue(result.groupGainedRole());
        assertEquals(List.of("reader"), result.legacyUsers(), "the reader's password is unknown here");
        String stored = users().getProperty("admin").split(",")[0];
        assertTrue(hasher.matches("abc", stored), stored);
        assertEquals(LEGACY.replace("admin = " + LegacySha256Test.ABC, "admin = " + stored)
                .replace("systembundles,ssh\n", "systembundles,ssh,corpus-admin\n"), Files.readString(usersFile()),
                "only the admin's hash and the group's roles change");
    }

    @Test
    void reHashesTheLegacyAdminEntryWithTheGeneratedPasswordFile() throws IOException {
        Files.writeString(usersFile(), LEGACY);
        Files.writeString(passwordFile(), "abc\n");

        assertTrue(admin().ensure("not-the-password").adminRehashed());
        assertTrue(hasher.matches("abc", users().getProperty("admin").split(",")[0]));
    }

    @Test
    void keepsALegacyAdminEntryWhosePasswordIsNotKnownAndReportsIt() throws IOException {
        Files.writeString(usersFile(), LEGACY);

        InitialAdmin.Result result = admin().ensure("changed-since");

        assertFalse(result.adminRehashed());
        assertEquals(List.of("admin", "reader"), result.legacyUsers());
        assertEquals(LegacySha256Test.ABC + ",_g_:admingroup", users().getProperty("admin"), "still works at login, and is re-hashed there");
    }

    @Test
    void leavesAnUpToDateFileUntouched() throws IOException {
        admin().ensure("pw");
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(usersFile(), written);
        String before = Files.readString(usersFile());

        InitialAdmin.Result result = admin().ensure("pw");

        assertEquals(new InitialAdmin.Result(InitialAdmin.Outcome.ALREADY_PRESENT, false, false, List.of(), List.of()), result);
        assertFalse(result.changed());
        assertEquals(before, Files.readString(usersFile()));
        assertEquals(written, Files.getLastModifiedTime(usersFile()), "not even rewritten");
    }

    @Test
    void hashesPlainPasswordsAddedByHandAsKarafWould() throws IOException {
        Files.writeString(usersFile(), LEGACY + "plain = Plain-pw3,corpus-reader,ssh\nempty = ,viewer\n");

        InitialAdmin.Result result = admin().ensure(null);

        assertEquals(List.of("plain", "empty"), result.hashedUsers());
        assertTrue(result.changed());
        Properties users = users();
        assertTrue(hasher.matches("Plain-pw3", users.getProperty("plain").split(",")[0]), users.getProperty("plain"));
        assertTrue(users.getProperty("plain").endsWith(",corpus-reader,ssh"));
        assertTrue(hasher.matches("", users.getProperty("empty").split(",")[0]));
        assertFalse(Files.readString(usersFile()).contains("Plain-pw3"));
    }

    @Test
    void leavesAnExistingAdminWithAnotherSchemeAlone() throws IOException {
        Files.writeString(usersFile(), "admin = {CRYPT}abc{CRYPT},_g_:admingroup\n");

        assertEquals(InitialAdmin.Outcome.ALREADY_PRESENT, admin().ensure("other").outcome());
        assertEquals("{CRYPT}abc{CRYPT},_g_:admingroup", users().getProperty("admin"));
        assertEquals(null, users().getProperty("_g_:admingroup"), "a group removed on purpose is not brought back");
    }

    @Test
    void twoInstallationsGetDifferentPasswords() throws IOException {
        admin().ensure(null);
        String first = Files.readString(passwordFile());
        Files.delete(usersFile());
        admin().ensure(null);

        assertNotEquals(first, Files.readString(passwordFile()));
    }

    private InitialAdmin admin() {
        return new InitialAdmin(usersFile(), passwordFile(), new SecureRandom(), hasher, new LegacySha256(PasswordHasherTest.BCRYPT));
    }

    private Path usersFile() {
        return etc.resolve("users.properties");
    }

    private Path passwordFile() {
        return etc.resolve("admin.password");
    }

    private Properties users() throws IOException {
        Properties users = new Properties();
        try (Reader reader = Files.newBufferedReader(usersFile(), StandardCharsets.ISO_8859_1)) {
            users.load(reader);
        }
        return users;
    }
}
