package org.corpusbench.adminuser.internal;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

/** A salted stand-in for Karaf's encryption services: {@code <algorithm>$<salt>$<hex of salt and password>}. */
final class FakeEncryptionService implements EncryptionService {
    final List<Map<String, String>> requests = new ArrayList<>();
    private final AtomicInteger salt = new AtomicInteger();

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        requests.add(Map.copyOf(params));
        String algorithm = params.get("algorithm");
        return new Encryption() {
            @Override
            public String encryptPassword(String plain) {
                return digest(algorithm, Integer.toString(salt.incrementAndGet()), plain);
            }

            @Override
            public boolean checkPassword(String input, String password) {
                String[] parts = password.split("\\$");
                return parts.length == 3 && password.equals(digest(algorithm, parts[1], input));
            }
        };
    }

    private static String digest(String algorithm, String salt, String plain) {
        return algorithm + "$" + salt + "$" + HexFormat.of().formatHex((salt + ":" + plain).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
