package org.corpusbench.adminuser.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * How Karaf's realm stores passwords: the {@code encryption.*} keys of {@code org.apache.karaf.jaas},
 * read as Karaf's {@code EncryptionSupport} reads them. {@code params} are what the
 * {@code EncryptionService} named {@code name} is given ({@code algorithm}, {@code encoding}, ...).
 */
record EncryptionSettings(boolean enabled, String name, String prefix, String suffix, Map<String, String> params) {
    private static final String KEY_PREFIX = "encryption.";

    EncryptionSettings {
        params = Map.copyOf(params);
    }

    /**
     * @param properties configuration or login module options; the {@code encryption.*} keys count,
     *        with Karaf's defaults for the missing ones
     * @return the settings
     */
    static EncryptionSettings from(Map<String, ?> properties) {
        Map<String, String> options = new TreeMap<>(Map.of("name", "basic", "enabled", "false", "prefix", "{CRYPT}",
                "suffix", "{CRYPT}", "algorithm", "SHA-256", "encoding", "hexadecimal"));
        properties.forEach((key, value) -> {
            if (key.startsWith(KEY_PREFIX) && value != null) {
                options.put(key.substring(KEY_PREFIX.length()), value.toString().trim());
            }
        });
        return new EncryptionSettings(Boolean.parseBoolean(options.remove("enabled")), options.remove("name"),
                options.remove("prefix"), options.remove("suffix"), options);
    }

    /** @return whether passwords are stored as the legacy unsalted SHA-256 hash (Karaf's basic encryption) */
    boolean isUnsaltedSha256() {
        return "basic".equals(name) && "SHA-256".equalsIgnoreCase(params.get("algorithm"));
    }

    /** @return a description for log lines, such as {@code spring-security-crypto bcrypt} */
    String describe() {
        return name + " " + params.getOrDefault("algorithm", "");
    }
}
