package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyPasswordUpgradeModuleTest {
    @TempDir
    Path etc;

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasherTest.BCRYPT, new FakeEncryptionService());
    private final List<String> stored = new ArrayList<>();

    @Test
    void reHashesAVerifiedLegacyEntryKeepingItsRolesAndNeverLogsInItself() throws IOException, LoginException {
        String before = "reader = " + LegacySha256Test.ABC + ",corpus-reader,ssh\nother = " + LegacySha256Test.ABC + "\n";
        Files.writeString(users(), before);

        assertFalse(module("reader", "abc", rewrite()).login());

        assertEquals(List.of("reader"), stored);
        String entry = UsersFile.read(users()).get("reader").orElseThrow();
        assertTrue(hasher.matches("abc", entry.split(",")[0]), entry);
        assertTrue(entry.endsWith(",corpus-reader,ssh"), entry);
        assertEquals(LegacySha256Test.ABC, UsersFile.read(users()).get("other").orElseThrow());
    }

    @Test
    void leavesWrongPasswordsAndCurrentEntriesAlone() throws IOException, LoginException {
        Files.writeString(users(), "reader = " + LegacySha256Test.ABC + ",corpus-reader\ncurrent = " + hasher.hash("abc") + "\n");

        assertFalse(module("reader", "abd", rewrite()).login());
        assertFalse(module("current", "abc", rewrite()).login());
        assertFalse(module("nobody", "abc", rewrite()).login());

        assertEquals(List.of(), stored);
    }

    @Test
    void aFailedUpgradeLeavesTheEntryAsItWas() throws IOException, LoginException {
        String before = "reader = " + LegacySha256Test.ABC + ",corpus-reader\n";
        Files.writeString(users(), before);

        assertFalse(module("reader", "abc", (user, password) -> {
            throw new IOException("read-only file system");
        }).login());
        assertFalse(module("reader", "abc", (user, password) -> { }).login());

        assertEquals(before, Files.readString(users()));
    }

    @Test
    void ignoresLoginsWithoutAPassword() throws IOException, LoginException {
        Files.writeString(users(), "reader = " + LegacySha256Test.ABC + "\n");
        LegacyPasswordUpgradeModule module = new LegacyPasswordUpgradeModule();
        module.initialize(new Subject(), callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName("reader");
                } else {
                    throw new UnsupportedCallbackException(callback); // an SSH key login
                }
            }
        }, Map.of(), options(rewrite()));
        assertFalse(module.login());
        assertEquals(List.of(), stored);
    }

    private LegacyPasswordUpgradeModule.Upgrade rewrite() {
        return (user, password) -> {
            stored.add(user);
            UsersFile file = UsersFile.read(users());
            String value = file.get(user).orElseThrow();
            int comma = value.indexOf(',');
            file.put(user, hasher.hash(password) + (comma < 0 ? "" : value.substring(comma)));
            file.write(users());
        };
    }

    private LegacyPasswordUpgradeModule module(String user, String password, LegacyPasswordUpgradeModule.Upgrade upgrade) {
        LegacyPasswordUpgradeModule module = new LegacyPasswordUpgradeModule();
        module.initialize(new Subject(), ThrottleLoginModuleTest.handler(user, password), Map.of(), options(upgrade));
        return module;
    }

    private Map<String, Object> options(LegacyPasswordUpgradeModule.Upgrade upgrade) {
        Map<String, Object> options = new HashMap<>(Map.of("users", users().toString(), "encryption.enabled", "true",
                "encryption.name", "spring-security-crypto", "encryption.algorithm", "bcrypt"));
        options.put(LegacyPasswordUpgradeModule.UPGRADE, upgrade);
        return options;
    }

    private Path users() {
        return etc.resolve("users.properties");
    }
}
