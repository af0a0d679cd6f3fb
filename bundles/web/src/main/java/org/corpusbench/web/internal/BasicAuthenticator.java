package org.corpusbench.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Checks HTTP Basic credentials against a Karaf JAAS realm and gives the user's roles.
 * Karaf's realms name {@link ProxyLoginModule} as their module, which {@link LoginContext} loads
 * through the context class loader, so the login runs with that class's loader as context.
 */
final class BasicAuthenticator {
    private final String realm;

    BasicAuthenticator(String realm) {
        this.realm = realm;
    }

    /**
     * @param authorizationHeader the request's {@code Authorization} header, or null
     * @param clientAddress the client's address
     * @return the user's roles, or empty if the header holds no valid credentials
     */
    Optional<Set<String>> roles(String authorizationHeader, String clientAddress) {
        return parse(authorizationHeader).flatMap(credentials -> login(credentials[0], credentials[1])).map(BasicAuthenticator::roles);
    }

    /** @return user and password from a {@code Basic} header, if it holds them */
    static Optional<String[]> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Subject> login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            context.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private static Set<String> roles(Subject subject) {
        Set<String> roles = new HashSet<>();
        for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(principal.getName());
        }
        return roles;
    }
}
