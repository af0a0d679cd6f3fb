package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.corpusbench.api.auth.CorpusRoles;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ensures the user {@code admin} exists and {@code users.properties} is up to date at start: see
 * {@link InitialAdmin}. The password is taken from {@code CORPUS_ADMIN_PASSWORD}, or generated into
 * {@code etc/admin.password}; the log names that file, never the password.
 *
 * <p>Reads Karaf's realm configuration ({@code etc/org.apache.karaf.jaas.cfg}) for how to hash,
 * and waits for the encryption service it names: every {@link EncryptionService} is bound greedily,
 * so this component starts again when the named one appears. Karaf's own {@code AutoEncryptionSupport}
 * may rewrite the file from what it read just before (it does when it finds plain passwords, after
 * waiting up to 20 s for its encryption service and hashing them), so after a change the file is
 * checked again, 10, 30 and 60 s later.
 */
@Component(immediate = true, service = {}, configurationPid = "org.apache.karaf.jaas", configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class InitialAdminUser {
    static final String ENVIRONMENT_VARIABLE = "CORPUS_ADMIN_PASSWORD";
    static final List<Long> RECHECK_SECONDS = List.of(10L, 30L, 60L);
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminUser.class);

    private final ScheduledExecutorService recheck = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "corpus-users-recheck");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param context for Karaf's etc folder
     * @param configuration Karaf's realm configuration
     * @param encryptionServices the encryption services with their properties ({@code name})
     */
    @Activate
    public InitialAdminUser(BundleContext context, Map<String, Object> configuration,
            @Reference(name = "encryptionServices", service = EncryptionService.class, cardinality = ReferenceCardinality.MULTIPLE,
                    policyOption = ReferencePolicyOption.GREEDY)
            List<Map.Entry<Map<String, Object>, EncryptionService>> encryptionServices) {
        EncryptionSettings settings = EncryptionSettings.from(configuration);
        if (!settings.enabled()) {
            LOG.error("Password encryption is disabled in etc/org.apache.karaf.jaas.cfg (encryption.enabled): the user 'admin' is neither "
                    + "created nor migrated, since users.properties would have to hold plain passwords");
            return;
        }
        if (settings.isUnsaltedSha256()) {
            LOG.warn("Passwords are stored as unsalted SHA-256 hashes (etc/org.apache.karaf.jaas.cfg: encryption.name = basic); set "
                    + "encryption.name = spring-security-crypto and encryption.algorithm = bcrypt to have them re-hashed with a salt");
        }
        Optional<EncryptionService> service = encryptionServices.stream()
                .filter(entry -> settings.name().equals(entry.getKey().get("name"))).map(Map.Entry::getValue).findFirst();
        if (service.isEmpty()) {
            LOG.info("Waiting for Karaf's encryption service '{}' to create or migrate the user 'admin'", settings.name());
            return;
        }
        Path etc = Path.of(context.getProperty("karaf.etc"));
        InitialAdmin admin = new InitialAdmin(etc.resolve("users.properties"), etc.resolve("admin.password"), new SecureRandom(),
                new PasswordHasher(settings, service.get()), new LegacySha256(settings));
        if (ensure(admin, settings, etc, true)) {
            for (long delay : RECHECK_SECONDS) {
                recheck.schedule(() -> ensure(admin, settings, etc, false), delay, TimeUnit.SECONDS);
            }
        }
    }

    @Deactivate
    void deactivate() {
        recheck.shutdownNow();
    }

    /** @return whether users.properties was changed */
    private static boolean ensure(InitialAdmin admin, EncryptionSettings settings, Path etc, boolean first) {
        try {
            InitialAdmin.Result result = admin.ensure(System.getenv(ENVIRONMENT_VARIABLE));
            if (first || result.changed()) {
                if (!first) {
                    LOG.info("etc/users.properties was rewritten from an older copy meanwhile; applying the changes again");
                }
                report(result, settings, etc.resolve("admin.password"));
            }
            return result.changed();
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot create or migrate the user 'admin' in {}: {}", etc.resolve("users.properties"), e.getMessage(), e);
            return false;
        }
    }

    private static void report(InitialAdmin.Result result, EncryptionSettings settings, Path passwordFile) {
        switch (result.outcome()) {
            case GENERATED -> LOG.warn("Created user 'admin' with a generated password, stored in {} (readable by its "
                    + "owner only); delete that file once you have noted the password", passwordFile);
            case FROM_ENVIRONMENT -> LOG.info("Created user 'admin' with the password from {}", ENVIRONMENT_VARIABLE);
            case ALREADY_PRESENT -> LOG.debug("User 'admin' exists");
        }
        if (result.adminRehashed()) {
            LOG.info("Replaced the unsalted SHA-256 hash of user 'admin' by a salted {} hash", settings.describe());
        }
        if (result.groupGainedRole()) {
            LOG.info("Added the role {} to the group admingroup", CorpusRoles.ADMIN);
        }
        if (!result.hashedUsers().isEmpty()) {
            LOG.info("Hashed the plain passwords of users {} in etc/users.properties", result.hashedUsers());
        }
        if (!result.legacyUsers().isEmpty()) {
            LOG.warn("Users {} still have an unsalted SHA-256 password hash in etc/users.properties; each is re-hashed with {} at the "
                    + "user's next successful login. To set a new password instead: jaas:realm-manage --realm karaf, "
                    + "jaas:user-add <user> <new password>, jaas:update", result.legacyUsers(), settings.describe());
        }
    }
}
