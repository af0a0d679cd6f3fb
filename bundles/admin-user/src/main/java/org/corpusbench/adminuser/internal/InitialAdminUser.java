package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ensures the user {@code admin} exists at start: see {@link InitialAdmin}. The password is taken
 * from {@code CORPUS_ADMIN_PASSWORD}, or generated into {@code etc/admin.password}; the log names
 * that file, never the password.
 */
@Component(immediate = true, service = {})
public final class InitialAdminUser {
    static final String ENVIRONMENT_VARIABLE = "CORPUS_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminUser.class);

    /** @param context for Karaf's etc folder */
    @Activate
    public InitialAdminUser(BundleContext context) {
        Path etc = Path.of(context.getProperty("karaf.etc"));
        Path passwordFile = etc.resolve("admin.password");
        try {
            switch (new InitialAdmin(etc.resolve("users.properties"), passwordFile, new SecureRandom())
                    .ensure(System.getenv(ENVIRONMENT_VARIABLE))) {
                case GENERATED -> LOG.warn("Created user 'admin' with a generated password, stored in {} (readable by its "
                        + "owner only); delete that file once you have noted the password", passwordFile);
                case FROM_ENVIRONMENT -> LOG.info("Created user 'admin' with the password from {}", ENVIRONMENT_VARIABLE);
                case ALREADY_PRESENT -> LOG.debug("User 'admin' exists");
            }
        } catch (IOException e) {
            LOG.error("Cannot create the user 'admin': {}", e.getMessage(), e);
        }
    }
}
