package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    static final EncryptionSettings BCRYPT = EncryptionSettings.from(Map.of("encryption.enabled", "true",
            "encryption.name", "spring-security-crypto", "encryption.algorithm", "bcrypt", "encryption.encoding", "hexadecimal",
            "encryption.prefix", "{CRYPT}", "encryption.suffix", "{CRYPT}", "users", "/etc/users.properties"));

    @Test
    void readsTheEncryptionKeysAsKarafDoes() {
        assertTrue(BCRYPT.enabled());
        assertEquals("spring-security-crypto", BCRYPT.name());
        assertEquals(Map.of("algorithm", "bcrypt", "encoding", "hexadecimal"), BCRYPT.params());
        EncryptionSettings defaults = EncryptionSettings.from(Map.of());
        assertFalse(defaults.enabled());
        assertTrue(defaults.isUnsaltedSha256());
        assertEquals("{CRYPT}", defaults.prefix());
    }

    @Test
    void hashesThroughTheEncryptionServiceWithThePrefixAndSuffix() {
        FakeEncryptionService service = new FakeEncryptionService();
        PasswordHasher hasher = new PasswordHasher(BCRYPT, service);

        String first = hasher.hash("s3cret");
        String second = hasher.hash("s3cret");

        assertEquals(Map.of("algorithm", "bcrypt", "encoding", "hexadecimal"), service.requests.get(0));
        assertTrue(first.startsWith("{CRYPT}bcrypt$") && first.endsWith("{CRYPT}"), first);
        assertNotEquals(first, second, "salted: equal passwords get different hashes");
        assertTrue(hasher.matches("s3cret", first));
        assertTrue(hasher.matches("s3cret", second));
        assertFalse(hasher.matches("other", first));
        assertFalse(hasher.matches("s3cret", "plain"));
    }

    @Test
    void refusesToHashWithEncryptionDisabledOrUnsupported() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(EncryptionSettings.from(Map.of()), new FakeEncryptionService()));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(BCRYPT, params -> null));
    }
}
