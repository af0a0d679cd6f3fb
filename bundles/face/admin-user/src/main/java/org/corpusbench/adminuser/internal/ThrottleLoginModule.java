package org.corpusbench.adminuser.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm's gate: waits until the user and the client address may try again ({@link LoginThrottle}),
 * then lets the password modules decide. It never makes a login succeed: {@link #login} returns
 * false (ignored by {@code LoginContext}) when the attempt may go on, and throws when it is refused,
 * which stops the login because the realm lists this module as {@code REQUISITE}. Over SSH an
 * attempt never waits: one made before its slot is refused, since Karaf's SSH server checks
 * passwords on the two I/O threads all its sessions share.
 * {@link #commit} (the login succeeded) clears the keys' failures, {@link #abort} records one and
 * logs it with the user and the address, never the password.
 *
 * <p>Loaded by Karaf's {@code ProxyLoginModule} from this bundle; the throttle comes in the
 * options under {@link #THROTTLE}.
 */
public final class ThrottleLoginModule implements LoginModule {
    /** Option: the {@link LoginThrottle} shared by all logins of the realm. */
    static final String THROTTLE = "org.corpusbench.login.throttle";
    private static final Logger LOG = LoggerFactory.getLogger(ThrottleLoginModule.class);
    private static final int MAX_KEY_LENGTH = 256;

    private LoginThrottle throttle;
    private Subject subject;
    private CallbackHandler callbackHandler;
    private LoginThrottle.Ticket ticket;
    private String user;
    private String client;
    private Set<String> keys = Set.of();

    /** Created by {@code ProxyLoginModule}. */
    public ThrottleLoginModule() {
    }

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.throttle = options.get(THROTTLE) instanceof LoginThrottle shared ? shared : null;
    }

    @Override
    public boolean login() throws LoginException {
        if (throttle == null) {
            throw new LoginException("The login throttle is not configured"); // fail closed
        }
        user = userName();
        keys = new LinkedHashSet<>();
        if (user != null) {
            keys.add(key("user:", user));
        }
        client = null;
        boolean mayWait = true;
        for (ClientPrincipal principal : subject.getPrincipals(ClientPrincipal.class)) {
            client = principal.getName();
            keys.add(key("address:", host(principal.getAddress())));
            // Karaf's SSH server checks passwords on its few I/O threads (nio-workers, 2), shared by every session
            mayWait &= !"ssh".equals(principal.getMethod());
        }
        if (keys.isEmpty()) {
            return false;
        }
        try {
            LoginThrottle.Ticket admission = throttle.acquire(keys, mayWait);
            if (!admission.admitted()) {
                long seconds = seconds(admission.waitNanos());
                LOG.warn("Login refused without checking the password for user '{}' from {}: too many failed logins; "
                        + "the next attempt is possible in {} s", printable(user), from(), seconds);
                throw new FailedLoginException("Too many failed logins; try again in " + seconds + " s");
            }
            ticket = admission;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginException("Interrupted while waiting after failed logins");
        }
        return false;
    }

    @Override
    public boolean commit() {
        if (ticket != null) {
            throttle.succeeded(ticket);
            ticket = null;
        }
        return false;
    }

    @Override
    public boolean abort() {
        if (ticket != null) {
            int failures = throttle.failed(ticket);
            ticket = null;
            LOG.warn("Login failed for user '{}' from {} ({} in a row); the next attempt is possible in {} s",
                    printable(user), from(), failures,
                    seconds(throttle.waitNanos(keys)));
        }
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }

    private String from() {
        return client == null ? "an unknown address" : printable(client);
    }

    private String userName() throws LoginException {
        NameCallback name = new NameCallback("User name: ");
        try {
            callbackHandler.handle(new Callback[] {name});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot get the user name: " + e.getMessage());
        }
        return name.getName();
    }

    /** @return the host of an address as Karaf's SSH server gives it ({@code /192.0.2.7:50022}, {@code host/[::1]:50022}) */
    static String host(String address) {
        if (address == null) {
            return "";
        }
        String host = address.substring(address.lastIndexOf('/') + 1);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(1, close);
        }
        int colon = host.indexOf(':');
        // one colon: IPv4 or a host name with a port; more: a bare IPv6 address
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    private static String key(String kind, String value) {
        return kind + (value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value);
    }

    private static long seconds(long nanos) {
        return (TimeUnit.NANOSECONDS.toMillis(nanos) + 999) / 1000;
    }

    /** @return the text without control characters, so a user name cannot forge log lines */
    static String printable(String text) {
        return text == null ? "" : text.codePoints().limit(MAX_KEY_LENGTH)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
