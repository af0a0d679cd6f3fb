package org.corpusbench.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.corpusbench.api.auth.Authenticator;

/**
 * Reads HTTP Basic credentials and gives the user's roles, logging in through the workbench's
 * {@link Authenticator} (which throttles failures and audits every attempt).
 *
 * <p>The same rules as the servlet API's {@code BasicAuthenticator} in bundles/face/web, whose
 * package is private to that bundle; this copy goes when that API is retired in favour of this one.
 *
 * <p>A successful login is remembered for {@link #REMEMBER} under a keyed hash of user and
 * password (the key is random per start, so nothing stored here can be turned back into a
 * password): passwords are stored as bcrypt hashes, which take about 0.1 s to check, and a client
 * calling the API many times a second would otherwise spend most of its time logging in. So a
 * changed password or role takes effect within that time. Failures are never remembered.
 * Parallel requests with the same credentials wait for one login instead of each logging in:
 * the throttle counts attempts under way as possible failures, so a client opening several
 * connections at once would otherwise be slowed down as if it were guessing. At most 16 wait,
 * each at most 40 s; beyond that a request is answered as not logged in, so a flood of identical
 * wrong credentials cannot hold every web server thread.
 */
final class BasicLogins {
    /** How long a successful login is remembered. */
    static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 1000;

    private final Authenticator authenticator;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** The longest a request waits for another's login with the same credentials. */
    private static final Duration WAIT_FOR_LOGIN = Duration.ofSeconds(40);
    /** Requests that may wait for another's login at once: waiting holds a web server thread. */
    private final Semaphore waiting = new Semaphore(16);
    /** Logins under way, so that parallel requests with the same credentials log in once. */
    private final Map<String, CompletableFuture<Optional<Set<String>>>> underWay = new ConcurrentHashMap<>();

    private record Remembered(Set<String> roles, Instant until) {
    }

    BasicLogins(Authenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * @param authorizationHeader the request's {@code Authorization} header, or null
     * @param clientAddress the client's address
     * @return the user's roles, or empty if the header holds no valid credentials
     * @throws InterruptedException if interrupted while a throttled login waits
     */
    Optional<Set<String>> roles(String authorizationHeader, String clientAddress) throws InterruptedException {
        Optional<String[]> credentials = parse(authorizationHeader);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String user = credentials.get()[0];
        String password = credentials.get()[1];
        String id = fingerprint(user, password);
        Instant now = clock.instant();
        Remembered known = remembered.get(id);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.roles());
        }
        CompletableFuture<Optional<Set<String>>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Set<String>>> login = underWay.putIfAbsent(id, mine);
        if (login != null) {
            if (!waiting.tryAcquire()) {
                return Optional.empty();
            }
            try {
                return login.get(WAIT_FOR_LOGIN.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return Optional.empty();
            } finally {
                waiting.release();
            }
        }
        try {
            Optional<Set<String>> roles = authenticator.authenticate(user, password, clientAddress)
                    .map(BasicLogins::roles);
            remember(id, roles, now);
            mine.complete(roles);
            return roles;
        } catch (InterruptedException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            underWay.remove(id, mine);
        }
    }

    private void remember(String id, Optional<Set<String>> roles, Instant now) {
        if (roles.isEmpty()) {
            remembered.remove(id);
            return;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
        }
        remembered.put(id, new Remembered(roles.get(), now.plus(REMEMBER)));
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

    private String fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((user + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static Set<String> roles(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).collect(Collectors.toUnmodifiableSet());
    }
}
