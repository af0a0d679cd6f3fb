package org.corpusbench.adminuser.internal;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

/**
 * Hashes a password as Karaf's realm stores it: prefix, what the configured
 * {@link EncryptionService} makes of it, suffix (as Karaf's {@code EncryptionSupport.encrypt} does).
 */
final class PasswordHasher {
    private final EncryptionSettings settings;
    private final Encryption encryption;

    /**
     * @param settings the realm's encryption settings; encryption must be enabled
     * @param service the encryption service registered under {@code settings.name()}
     * @throws IllegalArgumentException if the service does not support the settings
     */
    PasswordHasher(EncryptionSettings settings, EncryptionService service) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("Password encryption is disabled (encryption.enabled in etc/org.apache.karaf.jaas.cfg)");
        }
        this.settings = settings;
        this.encryption = service.createEncryption(settings.params());
        if (encryption == null) {
            throw new IllegalArgumentException("Encryption service " + settings.name() + " does not support " + settings.params());
        }
    }

    /** @return the password as users.properties stores it, with a fresh salt if the scheme has one */
    String hash(String password) {
        return settings.prefix() + encryption.encryptPassword(password) + settings.suffix();
    }

    /** @return whether a stored password carries the prefix and suffix, which is how Karaf tells a hash from a plain password */
    boolean isHashed(String stored) {
        return stored.startsWith(settings.prefix()) && stored.endsWith(settings.suffix());
    }

    /** @return whether a password matches a stored value in the configured scheme */
    boolean matches(String password, String stored) {
        String prefix = settings.prefix();
        String suffix = settings.suffix();
        return stored.length() >= prefix.length() + suffix.length() && stored.startsWith(prefix) && stored.endsWith(suffix)
                && encryption.checkPassword(password, stored.substring(prefix.length(), stored.length() - suffix.length()));
    }
}
