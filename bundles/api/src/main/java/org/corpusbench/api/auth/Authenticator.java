package org.corpusbench.api.auth;

import java.util.Optional;
import javax.security.auth.Subject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a user's credentials against the workbench's JAAS realm, slowing down repeated failures.
 *
 * <p>Repeated failures for the same user or the same client address make later attempts wait,
 * with a delay that grows with each failure and is forgotten after a quiet period; an attempt that
 * would have to wait longer than the longest delay, or that would exceed the number of attempts
 * allowed to wait at once, is refused at once without the password being checked. Every attempt
 * is recorded in Karaf's audit log with the user and the address, never the password.
 * Thread-safe.
 */
@ProviderType
public interface Authenticator {
    /**
     * Logs a user in. May block while earlier failures for this user or address are waited out
     * (at most the longest delay, 30 s by default).
     *
     * @param user the user name
     * @param password the password
     * @param clientAddress the client's address (for throttling by address and for the audit log),
     *        such as {@code 192.0.2.7}, or null if unknown
     * @return the logged-in subject with its principals (Karaf's {@code RolePrincipal} for each
     *         role, such as {@link CorpusRoles#READER}), or empty if the credentials are wrong or
     *         the attempt was refused because of earlier failures
     * @throws InterruptedException if interrupted while waiting out a delay
     */
    Optional<Subject> authenticate(String user, String password, String clientAddress) throws InterruptedException;
}
