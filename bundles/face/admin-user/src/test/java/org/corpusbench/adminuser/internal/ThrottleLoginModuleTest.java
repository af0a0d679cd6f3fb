package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.Test;

/** The throttle module inside a real {@link LoginContext}, placed as {@link WorkbenchRealm} places it. */
class ThrottleLoginModuleTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(3, SECOND, 4 * SECOND, 900 * SECOND, 100, 16),
            clock::get, nanos -> {
                sleeps.add(nanos / SECOND);
                clock.addAndGet(nanos);
            });
    private final AtomicInteger passwordChecks = new AtomicInteger();

    @Test
    void theRightPasswordLogsInAndClearsEarlierFailures() throws LoginException {
        assertThrows(LoginException.class, () -> login("admin", "wrong", "192.0.2.7"));
        assertTrue(throttle.size() > 0);

        Subject subject = login("admin", "right", "192.0.2.7");

        assertTrue(subject.getPrincipals(RolePrincipal.class).stream().anyMatch(role -> role.getName().equals("corpus-admin")));
        assertEquals(0, throttle.size());
    }

    @Test
    void wrongPasswordsAreCountedPerUserAndAddressAndSlowDown() {
        for (int i = 0; i < 6; i++) {
            assertThrows(LoginException.class, () -> login("admin", "wrong", "192.0.2.7"));
        }
        assertEquals(List.of(1L, 2L, 4L), sleeps);
        assertEquals(4 * SECOND, throttle.waitNanos(Set.of("user:admin")));
        assertEquals(4 * SECOND, throttle.waitNanos(Set.of("address:192.0.2.7")));
        assertEquals(6, passwordChecks.get());
    }

    @Test
    void overSshAnAttemptBeforeItsSlotIsRefusedInsteadOfWaiting() {
        for (int i = 0; i < 3; i++) {
            assertThrows(LoginException.class, () -> login("admin", "wrong", "192.0.2.7"));
        }
        Subject ssh = new Subject();
        ssh.getPrincipals().add(new ClientPrincipal("ssh", "/192.0.2.7:50023"));
        LoginException refused = assertThrows(LoginException.class,
                () -> new LoginContext("karaf", ssh, handler("eve", "right"), realm(throttle)).login());

        assertTrue(refused.getMessage().contains("try again in 1 s"), "refused for the address, its port aside: " + refused.getMessage());
        assertEquals(List.of(), sleeps, "SSH's I/O threads never sleep");
        assertEquals(3, passwordChecks.get());
    }

    @Test
    void overHttpAnAttemptWaitsForItsSlot() throws LoginException {
        for (int i = 0; i < 3; i++) {
            Subject http = new Subject();
            http.getPrincipals().add(new ClientPrincipal("http", "192.0.2.7"));
            assertThrows(LoginException.class, () -> new LoginContext("karaf", http, handler("admin", "wrong"), realm(throttle)).login());
        }
        Subject http = new Subject();
        http.getPrincipals().add(new ClientPrincipal("http", "192.0.2.7"));
        new LoginContext("karaf", http, handler("admin", "right"), realm(throttle)).login();
        assertEquals(List.of(1L), sleeps);
    }

    @Test
    void theThrottleNeverMakesALoginSucceedByItself() {
        Configuration throttleOnly = configuration(entry(ThrottleLoginModule.class, LoginModuleControlFlag.REQUISITE,
                Map.of(ThrottleLoginModule.THROTTLE, throttle)));
        assertThrows(LoginException.class, () -> new LoginContext("karaf", new Subject(), handler("admin", "right"), throttleOnly).login());
    }

    @Test
    void aRefusedAttemptStopsBeforeThePasswordIsChecked() throws LoginException {
        LoginThrottle impatient = new LoginThrottle(new LoginThrottle.Settings(1, SECOND, 4 * SECOND, 900 * SECOND, 100, 0),
                clock::get, nanos -> { });
        Configuration realm = realm(impatient);
        assertThrows(LoginException.class, () -> new LoginContext("karaf", new Subject(), handler("admin", "wrong"), realm).login());
        assertEquals(1, passwordChecks.get());

        LoginException refused = assertThrows(LoginException.class,
                () -> new LoginContext("karaf", new Subject(), handler("admin", "right"), realm).login());

        assertTrue(refused.getMessage().contains("Too many failed logins"), refused.getMessage());
        assertEquals(1, passwordChecks.get(), "not even the right password is checked while refused");
        clock.addAndGet(SECOND);
        new LoginContext("karaf", new Subject(), handler("admin", "right"), realm).login();
    }

    @Test
    void failsClosedWithoutAThrottle() {
        Configuration broken = configuration(entry(ThrottleLoginModule.class, LoginModuleControlFlag.REQUISITE, Map.of()),
                entry(FakePasswordModule.class, LoginModuleControlFlag.OPTIONAL, Map.of("calls", passwordChecks)));
        assertThrows(LoginException.class, () -> new LoginContext("karaf", new Subject(), handler("admin", "right"), broken).login());
        assertEquals(0, passwordChecks.get());
    }

    @Test
    void findsTheHostInKarafsClientAddresses() {
        assertEquals("192.0.2.7", ThrottleLoginModule.host("/192.0.2.7:50022"));
        assertEquals("192.0.2.7", ThrottleLoginModule.host("localhost/192.0.2.7:50022"));
        assertEquals("192.0.2.7", ThrottleLoginModule.host("192.0.2.7"));
        assertEquals("0:0:0:0:0:0:0:1", ThrottleLoginModule.host("/[0:0:0:0:0:0:0:1]:50022"));
        assertEquals("0:0:0:0:0:0:0:1", ThrottleLoginModule.host("0:0:0:0:0:0:0:1"));
        assertEquals("a?b", ThrottleLoginModule.printable("a\nb"));
    }

    private Subject login(String user, String password, String address) throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("http", address));
        new LoginContext("karaf", subject, handler(user, password), realm(throttle)).login();
        return subject;
    }

    private Configuration realm(LoginThrottle throttle) {
        return configuration(entry(ThrottleLoginModule.class, LoginModuleControlFlag.REQUISITE, Map.of(ThrottleLoginModule.THROTTLE, throttle)),
                entry(FakePasswordModule.class, LoginModuleControlFlag.OPTIONAL, Map.of("calls", passwordChecks)));
    }

    private static AppConfigurationEntry entry(Class<?> module, LoginModuleControlFlag flag, Map<String, ?> options) {
        return new AppConfigurationEntry(module.getName(), flag, options);
    }

    private static Configuration configuration(AppConfigurationEntry... entries) {
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return entries;
            }
        };
    }

    static javax.security.auth.callback.CallbackHandler handler(String user, String password) {
        return callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        };
    }
}
