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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdminTest {
    private static final String KARAF_USERS = "# karaf = karaf,_g_:admingroup\n# _g_\\:admingroup = group,admin\n";

    @TempDir
    Path etc;

    @Test
    void generatesAPasswordIntoAnOwnerOnlyFileAndAddsTheUser() throws IOException {
        Files.writeString(etc.resolve("users.properties"), KARAF_USERS);

        assertEquals(InitialAdmin.Outcome.GENERATED, admin().ensure(null));

        String password = Files.readString(etc.resolve("admin.password")).trim();
        assertTrue(password.length() >= 24);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(etc.resolve("admin.password"))));
        Properties users = users();
        assertEquals(InitialAdmin.hash(password) + ",_g_:admingroup", users.getProperty("admin"));
        assertEquals("group,admin,manager,viewer,systembundles,ssh", users.getProperty("_g_:admingroup"));
        String file = Files.readString(etc.resolve("users.properties"));
        assertTrue(file.startsWith(KARAF_USERS), "Karaf's lines kept");
        // Karaf's realm reads the role list raw: the group must not be escaped in the value
        assertTrue(file.contains("admin = " + InitialAdmin.hash(password) + ",_g_:admingroup\n"), file);
        assertFalse(file.contains(password), "the plain password is never stored");
        assertTrue(file.contains("_g_\\:admingroup = group,admin"), file);
    }

    @Test
    void takesThePasswordFromTheEnvironmentAndWritesNoFile() throws IOException {
        assertEquals(InitialAdmin.Outcome.FROM_ENVIRONMENT, admin().ensure("s3cret, Pw\\"));

        assertEquals(InitialAdmin.hash("s3cret, Pw\\") + ",_g_:admingroup", users().getProperty("admin"));
        assertFalse(Files.exists(etc.resolve("admin.password")));
    }

    @Test
    void leavesAnExistingAdminAlone() throws IOException {
        Files.writeString(etc.resolve("users.properties"), "admin = {CRYPT}abc{CRYPT},_g_:admingroup\n");

        assertEquals(InitialAdmin.Outcome.ALREADY_PRESENT, admin().ensure("other"));
        assertEquals("{CRYPT}abc{CRYPT},_g_:admingroup", users().getProperty("admin"));
    }

    @Test
    void hashesAsKarafsBasicEncryptionWithSha256InUpperCaseHex() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertEquals("{CRYPT}BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD{CRYPT}", InitialAdmin.hash("abc"));
    }

    @Test
    void twoInstallationsGetDifferentPasswords() throws IOException {
        admin().ensure(null);
        String first = Files.readString(etc.resolve("admin.password"));
        Files.delete(etc.resolve("users.properties"));
        admin().ensure(null);

        assertNotEquals(first, Files.readString(etc.resolve("admin.password")));
    }

    private InitialAdmin admin() {
        return new InitialAdmin(etc.resolve("users.properties"), etc.resolve("admin.password"), new SecureRandom());
    }

    private Properties users() throws IOException {
        Properties users = new Properties();
        try (Reader reader = Files.newBufferedReader(etc.resolve("users.properties"), StandardCharsets.ISO_8859_1)) {
            users.load(reader);
        }
        return users;
    }
}
