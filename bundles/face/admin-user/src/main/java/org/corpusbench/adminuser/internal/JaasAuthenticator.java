package org.corpusbench.adminuser.internal;

import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.corpusbench.api.auth.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logs in to the realm {@code karaf} as SSH does, so REST shares its throttle and audit log: the
 * client address goes in as a Karaf {@link ClientPrincipal} (method {@code http}), which the
 * throttle and the audit modules read. Karaf's realms name {@link ProxyLoginModule} as their module,
 * which {@link LoginContext} loads through the context class loader, so the login runs with that
 * class's loader as context.
 */
@Component(service = Authenticator.class)
public final class JaasAuthenticator implements Authenticator {
    /**
     * @param realm the workbench's realm, required so that no login reaches Karaf's realm unthrottled
     */
    @Activate
    public JaasAuthenticator(@Reference(name = "realm", target = "(" + WorkbenchRealm.MARKER + "=true)") JaasRealm realm) {
        // the reference only orders start-up
    }

    @Override
    public Optional<Subject> authenticate(String user, String password, String clientAddress) throws InterruptedException {
        Subject subject = new Subject();
        if (clientAddress != null) {
            subject.getPrincipals().add(new ClientPrincipal("http", clientAddress));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            new LoginContext(WorkbenchRealm.NAME, subject, callbacks -> answer(callbacks, user, password)).login();
            return Optional.of(subject);
        } catch (LoginException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("Interrupted while waiting after failed logins");
            }
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
                secret.setPassword(password == null ? null : password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
