package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.auth.CorpusRoles;

/**
 * Adds the user {@code admin} to Karaf's {@code users.properties} when no such user exists, so the
 * distribution ships without a shared default password, and brings an existing file up to date.
 * The password comes from the environment when given; otherwise it is generated and written to a
 * file only its owner can read.
 *
 * <p>Only the password's hash is stored, made by Karaf's encryption service as the realm is
 * configured ({@link PasswordHasher}). Storing the plain password and letting Karaf hash it is not
 * enough: Karaf hashes plain entries only when its file watcher sees the file modified in place
 * (or at its own start), not when the file is replaced atomically, and with encryption enabled it
 * never accepts a plain password at login.
 *
 * <p>Migration of a file written by earlier versions: the admin's unsalted SHA-256 hash is replaced
 * by a salted one when the password is known here (the environment or the generated file) and
 * matches it; the group {@code admingroup} gains the role {@code corpus-admin}. Other legacy entries
 * are reported, to be re-hashed at the user's next login ({@link LegacyPasswordUpgradeModule}).
 * Plain passwords (added by hand while Karaf was stopped) are hashed as Karaf's own
 * {@code AutoEncryptionSupport} would, so that whichever of the two writes last, none stays plain.
 * Every other line is left exactly as it was.
 */
final class InitialAdmin {
    static final String USER = "admin";
    static final String GROUP = UsersFile.GROUP_PREFIX + "admingroup";
    static final String GROUP_ROLES = "group,admin,manager,viewer,systembundles,ssh," + CorpusRoles.ADMIN;

    /** How the admin user came to be. */
    enum Outcome { ALREADY_PRESENT, FROM_ENVIRONMENT, GENERATED }

    /**
     * What {@link #ensure} did.
     *
     * @param outcome whether the admin was created, and how
     * @param adminRehashed whether the admin's legacy hash was replaced
     * @param groupGainedRole whether {@code admingroup} gained {@code corpus-admin}
     * @param hashedUsers the users whose plain password was hashed
     * @param legacyUsers the users whose password is still a legacy hash
     */
    record Result(Outcome outcome, boolean adminRehashed, boolean groupGainedRole, List<String> hashedUsers, List<String> legacyUsers) {
        /** @return whether users.properties was written */
        boolean changed() {
            return outcome != Outcome.ALREADY_PRESENT || adminRehashed || groupGainedRole || !hashedUsers.isEmpty();
        }
    }

    private final Path usersFile;
    private final Path passwordFile;
    private final SecureRandom random;
    private final PasswordHasher hasher;
    private final LegacySha256 legacy;

    InitialAdmin(Path usersFile, Path passwordFile, SecureRandom random, PasswordHasher hasher, LegacySha256 legacy) {
        this.usersFile = usersFile;
        this.passwordFile = passwordFile;
        this.random = random;
        this.hasher = hasher;
        this.legacy = legacy;
    }

    /**
     * @param environmentPassword the password given in the environment, or null
     * @return what was done
     * @throws IOException if a file cannot be read or written
     */
    Result ensure(String environmentPassword) throws IOException {
        boolean fromEnvironment = environmentPassword != null && !environmentPassword.isEmpty();
        // chosen once, so that a change made again (UsersFile.update) writes the same password
        String newAdminPassword = fromEnvironment ? environmentPassword : generate();
        return UsersFile.update(usersFile, users -> ensure(users, newAdminPassword, fromEnvironment));
    }

    private Result ensure(UsersFile users, String newAdminPassword, boolean fromEnvironment) throws IOException {
        Outcome outcome = Outcome.ALREADY_PRESENT;
        boolean rehashed = false;
        Optional<String> admin = users.get(USER);
        if (admin.isEmpty()) {
            if (!fromEnvironment) {
                UsersFile.writeOwnerOnly(passwordFile, newAdminPassword + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            users.comment("Added on first start by the Corpus Workbench");
            users.put(USER, hasher.hash(newAdminPassword) + "," + GROUP);
            if (users.get(GROUP).isEmpty()) {
                users.put(GROUP, GROUP_ROLES);
            }
            outcome = fromEnvironment ? Outcome.FROM_ENVIRONMENT : Outcome.GENERATED;
        } else {
            String[] fields = admin.get().split(",", 2);
            if (legacy.isLegacy(fields[0])) {
                for (String known : knownPasswords(fromEnvironment ? newAdminPassword : null)) {
                    if (legacy.matches(known, fields[0])) {
                        users.put(USER, hasher.hash(known) + (fields.length > 1 ? "," + fields[1] : ""));
                        rehashed = true;
                        break;
                    }
                }
            }
        }
        boolean groupGainedRole = false;
        Optional<String> group = users.get(GROUP);
        if (group.isPresent() && Arrays.stream(group.get().split(",")).map(String::trim).noneMatch(CorpusRoles.ADMIN::equals)) {
            users.put(GROUP, group.get() + "," + CorpusRoles.ADMIN);
            groupGainedRole = true;
        }
        List<String> hashedUsers = new ArrayList<>();
        List<String> legacyUsers = new ArrayList<>();
        for (Map.Entry<String, String> user : users.users().entrySet()) {
            String[] fields = user.getValue().split(",", 2);
            if (!hasher.isHashed(fields[0])) {
                users.put(user.getKey(), hasher.hash(fields[0]) + (fields.length > 1 ? "," + fields[1] : ""));
                hashedUsers.add(user.getKey());
            } else if (legacy.isLegacy(fields[0])) {
                legacyUsers.add(user.getKey());
            }
        }
        return new Result(outcome, rehashed, groupGainedRole, List.copyOf(hashedUsers), List.copyOf(legacyUsers));
    }

    /** @return the admin's passwords known here: the environment's, then the generated file's */
    private List<String> knownPasswords(String environmentPassword) throws IOException {
        List<String> known = new ArrayList<>();
        if (environmentPassword != null) {
            known.add(environmentPassword);
        }
        if (Files.isRegularFile(passwordFile)) {
            known.add(Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
        }
        return known;
    }

    private String generate() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
