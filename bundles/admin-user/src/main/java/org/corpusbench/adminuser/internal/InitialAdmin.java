package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Adds the user {@code admin} to Karaf's {@code users.properties} when no such user exists, so the
 * distribution ships without a shared default password. The password comes from the environment
 * when given; otherwise it is generated and written to a file only its owner can read.
 *
 * <p>Only the password's hash is stored, in the form the realm's basic encryption checks
 * ({@code etc/org.apache.karaf.jaas.cfg}: SHA-256, hexadecimal, {@code {CRYPT}} prefix and suffix).
 * Storing the plain password and letting Karaf hash it does not work: with encryption enabled
 * from the first start, Karaf neither hashes a file it did not see change nor accepts a plain one.
 */
final class InitialAdmin {
    static final String USER = "admin";
    /** The group as a key (':' escaped, as in Karaf's own users.properties) and as a value. */
    private static final String GROUP_AS_KEY = "_g_\\:admingroup";
    private static final String GROUP = "_g_:admingroup";
    private static final String GROUP_ROLES = "group,admin,manager,viewer,systembundles,ssh";

    /** What {@link #ensure} did. */
    enum Outcome { ALREADY_PRESENT, FROM_ENVIRONMENT, GENERATED }

    private final Path usersFile;
    private final Path passwordFile;
    private final SecureRandom random;

    InitialAdmin(Path usersFile, Path passwordFile, SecureRandom random) {
        this.usersFile = usersFile;
        this.passwordFile = passwordFile;
        this.random = random;
    }

    /**
     * @param environmentPassword the password given in the environment, or null
     * @return what was done
     * @throws IOException if a file cannot be read or written
     */
    Outcome ensure(String environmentPassword) throws IOException {
        Properties users = read();
        if (users.containsKey(USER)) {
            return Outcome.ALREADY_PRESENT;
        }
        boolean fromEnvironment = environmentPassword != null && !environmentPassword.isEmpty();
        String password = fromEnvironment ? environmentPassword : generate();
        if (!fromEnvironment) {
            writeOwnerOnly(passwordFile, password + System.lineSeparator());
        }
        StringBuilder lines = new StringBuilder(Files.exists(usersFile) ? Files.readString(usersFile, StandardCharsets.ISO_8859_1) : "");
        if (lines.length() > 0 && lines.charAt(lines.length() - 1) != '\n') {
            lines.append(System.lineSeparator());
        }
        lines.append("# Added on first start by the Corpus Workbench").append(System.lineSeparator());
        lines.append(USER).append(" = ").append(hash(password)).append(",").append(GROUP).append(System.lineSeparator());
        if (!users.containsKey(GROUP)) {
            lines.append(GROUP_AS_KEY).append(" = ").append(GROUP_ROLES).append(System.lineSeparator());
        }
        replace(usersFile, lines.toString());
        return fromEnvironment ? Outcome.FROM_ENVIRONMENT : Outcome.GENERATED;
    }

    private Properties read() throws IOException {
        Properties users = new Properties();
        if (Files.exists(usersFile)) {
            try (Reader reader = Files.newBufferedReader(usersFile, StandardCharsets.ISO_8859_1)) {
                users.load(reader);
            }
        }
        return users;
    }

    /** @return the password as Karaf's basic encryption stores it */
    static String hash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return "{CRYPT}" + HexFormat.of().withUpperCase().formatHex(digest) + "{CRYPT}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private String generate() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        writeOwnerOnly(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
