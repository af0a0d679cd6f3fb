package org.corpusbench.adminuser.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The password entries the workbench wrote before salted hashing: {@code {CRYPT}<64 hex digits>{CRYPT}},
 * the unsalted SHA-256 of the UTF-8 password as Karaf's basic encryption stores it. They are
 * recognised only while the realm is configured for another scheme; none of Karaf's other schemes
 * produces 64 hexadecimal digits (bcrypt in hexadecimal gives 120, jasypt at least 80).
 */
final class LegacySha256 {
    private static final Pattern DIGEST = Pattern.compile("[0-9A-Fa-f]{64}");
    private final EncryptionSettings settings;

    LegacySha256(EncryptionSettings settings) {
        this.settings = settings;
    }

    /** @return whether a stored password (the first field of a users.properties value) is a legacy hash to replace */
    boolean isLegacy(String stored) {
        return settings.enabled() && !settings.isUnsaltedSha256() && digest(stored) != null;
    }

    /** @return whether a password matches a legacy hash, compared in constant time */
    boolean matches(String password, String stored) {
        String digest = digest(stored);
        return digest != null && MessageDigest.isEqual(HexFormat.of().parseHex(digest), sha256(password));
    }

    /** @return the legacy hash of a password, as the workbench wrote it before (for tests and comparisons) */
    String hash(String password) {
        return settings.prefix() + HexFormat.of().withUpperCase().formatHex(sha256(password)) + settings.suffix();
    }

    private String digest(String stored) {
        String prefix = settings.prefix();
        String suffix = settings.suffix();
        if (stored == null || !stored.startsWith(prefix) || !stored.endsWith(suffix)
                || stored.length() != prefix.length() + 64 + suffix.length()) {
            return null;
        }
        String digest = stored.substring(prefix.length(), prefix.length() + 64);
        return DIGEST.matcher(digest).matches() ? digest : null;
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
