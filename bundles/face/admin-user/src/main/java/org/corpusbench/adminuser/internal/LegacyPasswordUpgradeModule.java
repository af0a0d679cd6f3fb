package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the unsalted SHA-256 entries of earlier versions working: when a user's entry is such a hash
 * ({@link LegacySha256}) and the password matches it, the entry is re-hashed with the realm's
 * encryption (through Karaf's own {@code PropertiesBackingEngine}, as {@code jaas:user-add} does)
 * before Karaf's {@code PropertiesLoginModule}, next in the realm, checks the password and grants
 * the roles. It never makes a login succeed by itself: {@link #login} always returns false.
 *
 * <p>Options: Karaf's properties module options ({@code users}, {@code encryption.*}) and the
 * {@link Upgrade} under {@link #UPGRADE}. Loaded by Karaf's {@code ProxyLoginModule} from this bundle.
 */
public final class LegacyPasswordUpgradeModule implements LoginModule {
    /** Option: the {@link Upgrade} that stores a new hash. */
    static final String UPGRADE = "org.corpusbench.login.upgrade";
    private static final Logger LOG = LoggerFactory.getLogger(LegacyPasswordUpgradeModule.class);

    /** Stores a user's password hashed with the realm's encryption, keeping the user's roles. */
    @FunctionalInterface
    interface Upgrade {
        void store(String user, String password) throws Exception;
    }

    private CallbackHandler callbackHandler;
    private LegacySha256 legacy;
    private Path usersFile;
    private Upgrade upgrade;
    private String describe;

    /** Created by {@code ProxyLoginModule}. */
    public LegacyPasswordUpgradeModule() {
    }

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.callbackHandler = callbackHandler;
        EncryptionSettings settings = EncryptionSettings.from(options);
        this.legacy = new LegacySha256(settings);
        this.describe = settings.describe();
        Object users = options.get("users");
        this.usersFile = users == null ? null : Path.of(users.toString());
        this.upgrade = options.get(UPGRADE) instanceof Upgrade given ? given : null;
    }

    @Override
    public boolean login() throws LoginException {
        if (usersFile == null || upgrade == null) {
            return false;
        }
        NameCallback name = new NameCallback("User name: ");
        PasswordCallback secret = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, secret});
        } catch (IOException | UnsupportedCallbackException e) {
            return false; // not a password login (an SSH key, say): nothing to upgrade
        }
        String user = name.getName();
        char[] password = secret.getPassword();
        secret.clearPassword();
        if (user == null || password == null || user.startsWith(UsersFile.GROUP_PREFIX) || !isLegacy(user)) {
            return false;
        }
        String plain = new String(password);
        if (legacy.matches(plain, stored(user).orElse(""))) {
            upgrade(user, plain);
        }
        return false;
    }

    private void upgrade(String user, String password) {
        String printable = ThrottleLoginModule.printable(user);
        try {
            upgrade.store(user, password);
            if (!isLegacy(user)) {
                LOG.info("Replaced the unsalted SHA-256 hash of user '{}' by a salted {} hash at login", printable, describe);
                return;
            }
        } catch (Exception e) {
            LOG.error("Cannot re-hash the password of user '{}': {}", printable, e.getMessage(), e);
        }
        LOG.error("User '{}' has an unsalted SHA-256 password hash that could not be replaced, and cannot log in until "
                + "its password is set again: jaas:realm-manage --realm karaf, jaas:user-add {} <new password>, jaas:update "
                + "(as another admin), or replace its password in etc/users.properties by a plain one while Karaf runs", printable, printable);
    }

    private boolean isLegacy(String user) {
        return legacy.isLegacy(stored(user).orElse(null));
    }

    private Optional<String> stored(String user) {
        try {
            return UsersFile.read(usersFile).get(user).map(value -> value.split(",", 2)[0]);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean commit() {
        return false;
    }

    @Override
    public boolean abort() {
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }
}
