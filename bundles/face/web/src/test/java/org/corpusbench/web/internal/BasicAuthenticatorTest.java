package org.corpusbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.corpusbench.api.auth.Authenticator;
import org.junit.jupiter.api.Test;

class BasicAuthenticatorTest {
    private final List<String> logins = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-29T00:00:00Z");
    private final Authenticator realm = (user, password, address) -> {
        logins.add(user + "@" + address);
        if (!password.equals("right")) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal("corpus-reader"));
        return Optional.of(subject);
    };
    private final BasicAuthenticator authenticator = new BasicAuthenticator(realm, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givesTheRolesOfAUserWhoLogsInAndRemembersThemForAMinute() throws Exception {
        assertEquals(Optional.of(Set.of("corpus-reader")), authenticator.roles(basic("ann", "right"), "192.0.2.7"));
        assertEquals(Optional.of(Set.of("corpus-reader")), authenticator.roles(basic("ann", "right"), "192.0.2.7"));
        assertEquals(List.of("ann@192.0.2.7"), logins, "the second request needs no login");
        now = now.plus(BasicAuthenticator.REMEMBER).plus(Duration.ofSeconds(1));
        authenticator.roles(basic("ann", "right"), "192.0.2.7");
        assertEquals(2, logins.size(), "after a minute the realm is asked again");
    }

    @Test
    void neverRemembersAFailureNorTakesAnotherPasswordForTheRightOne() throws Exception {
        authenticator.roles(basic("ann", "right"), "a");
        assertEquals(Optional.empty(), authenticator.roles(basic("ann", "wrong"), "a"));
        assertEquals(Optional.empty(), authenticator.roles(basic("ann", "wrong"), "a"));
        assertEquals(List.of("ann@a", "ann@a", "ann@a"), logins, "every wrong attempt reaches the realm and its throttle");
    }

    @Test
    void parallelRequestsWithTheSameCredentialsLogInOnce() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        BasicAuthenticator slow = new BasicAuthenticator((user, password, address) -> {
            logins.add(user);
            inside.countDown();
            release.await();
            return realm.authenticate(user, password, address);
        }, Clock.systemUTC());
        List<Thread> threads = new ArrayList<>();
        List<Optional<Set<String>>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                try {
                    results.add(slow.roles(basic("ann", "right"), "a"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        inside.await();
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(8, results.size());
        results.forEach(result -> assertEquals(Optional.of(Set.of("corpus-reader")), result));
        assertEquals(1, logins.stream().filter("ann"::equals).count(), "one login for eight requests");
    }

    @Test
    void readsOnlyWellFormedBasicHeaders() throws Exception {
        assertEquals("admin", BasicAuthenticator.parse("Basic YWRtaW46czpl").orElseThrow()[0]);
        assertEquals("s:e", BasicAuthenticator.parse("basic YWRtaW46czpl").orElseThrow()[1]);
        for (String header : new String[] {null, "Bearer x", "Basic !!!", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())}) {
            assertEquals(Optional.empty(), authenticator.roles(header, "a"));
        }
        assertEquals(List.of(), logins);
    }
}
