package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacySha256Test {
    /** SHA-256("abc") from FIPS 180-2, appendix B.1, as the workbench wrote it before */
    static final String ABC = "{CRYPT}BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD{CRYPT}";

    private final LegacySha256 legacy = new LegacySha256(PasswordHasherTest.BCRYPT);

    @Test
    void recognisesAndChecksTheUnsaltedSha256Entries() {
        assertEquals(ABC, legacy.hash("abc"));
        assertTrue(legacy.isLegacy(ABC));
        assertTrue(legacy.isLegacy(ABC.toLowerCase().replace("{crypt}", "{CRYPT}")));
        assertTrue(legacy.matches("abc", ABC));
        assertTrue(legacy.matches("abc", ABC.toLowerCase().replace("{crypt}", "{CRYPT}")));
        assertFalse(legacy.matches("abd", ABC));
    }

    @Test
    void leavesOtherEntriesAlone() {
        FakeEncryptionService service = new FakeEncryptionService();
        assertFalse(legacy.isLegacy(new PasswordHasher(PasswordHasherTest.BCRYPT, service).hash("abc")));
        // bcrypt in hexadecimal, as Karaf's spring-security-crypto service writes it: 120 digits
        assertFalse(legacy.isLegacy("{CRYPT}" + "24".repeat(60) + "{CRYPT}"));
        assertFalse(legacy.isLegacy("abc"));
        assertFalse(legacy.isLegacy("{CRYPT}" + "G".repeat(64) + "{CRYPT}"));
        assertFalse(legacy.isLegacy(null));
        assertFalse(legacy.matches("abc", "abc"));
    }

    @Test
    void isNoLegacyWhileTheRealmItselfStoresUnsaltedSha256OrPlainText() {
        assertFalse(new LegacySha256(EncryptionSettings.from(Map.of("encryption.enabled", "true"))).isLegacy(ABC));
        assertFalse(new LegacySha256(EncryptionSettings.from(Map.of("encryption.enabled", "false",
                "encryption.name", "spring-security-crypto"))).isLegacy(ABC));
    }
}
