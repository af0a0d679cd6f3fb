package org.corpusbench.adminuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Set<String> ADMIN = Set.of("user:admin");

    private final AtomicLong clock = new AtomicLong(42 * SECOND);
    private final List<Long> sleeps = new ArrayList<>();
    /** Sleeping advances the fake clock: no test waits on the wall clock. */
    private final LoginThrottle.Sleeper sleeper = nanos -> {
        sleeps.add(nanos);
        clock.addAndGet(nanos);
    };

    private LoginThrottle throttle(int maxKeys, int maxWaiting) {
        return new LoginThrottle(new LoginThrottle.Settings(3, SECOND, 30 * SECOND, 900 * SECOND, maxKeys, maxWaiting), clock::get, sleeper);
    }

    @Test
    void delayIsFreeForThreeFailuresThenDoublesFromOneSecondUpToTheCap() {
        LoginThrottle throttle = throttle(100, 16);
        List<Long> delays = new ArrayList<>();
        for (int failures = 0; failures <= 10; failures++) {
            delays.add(throttle.delayAfter(failures) / SECOND);
        }
        assertEquals(List.of(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
        assertEquals(30 * SECOND, throttle.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void consecutiveFailuresMakeTheNextAttemptWaitLonger() throws InterruptedException {
        LoginThrottle throttle = throttle(100, 16);
        for (int attempt = 0; attempt < 9; attempt++) {
            throttle.failed(throttle.acquire(ADMIN, true));
            clock.addAndGet(SECOND / 10); // checking the password takes a while
        }
        // the waits before attempts 4 to 9, each counted from the previous attempt's start
        assertEquals(List.of(900L, 1900L, 3900L, 7900L, 15900L, 29900L), sleeps.stream().map(nanos -> nanos / 1_000_000).toList());
    }

    @Test
    void parallelAttemptsQueueBehindEachOtherInsteadOfSharingASlot() {
        LoginThrottle throttle = throttle(100, 16);
        for (int i = 0; i < 3; i++) {
            throttle.failed(throttle.reserve(ADMIN, true));
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LoginThrottle.Ticket ticket = throttle.reserve(ADMIN, true);
            assertTrue(ticket.admitted());
            waits.add(ticket.waitNanos() / SECOND);
        }
        // 1 s after 3 failures, then 2, 4 and 8 s more as if each pending attempt fails
        assertEquals(List.of(1L, 3L, 7L, 15L), waits);

        LoginThrottle.Ticket tooLate = throttle.reserve(ADMIN, true);
        assertFalse(tooLate.admitted(), "beyond the longest delay, refused at once");
        assertEquals(31, tooLate.waitNanos() / SECOND);
    }

    @Test
    void threadsAttemptingAtOnceNeverShareASlot() throws InterruptedException {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(0, 1, Long.MAX_VALUE / 4, 900 * SECOND, 100, 100),
                clock::get, nanos -> { });
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Thread thread = new Thread(() -> {
                try {
                    LoginThrottle.Ticket ticket = throttle.acquire(ADMIN, true);
                    starts.add(clock.get() + ticket.waitNanos());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(20, starts.size());
        assertEquals(20, Set.copyOf(starts).size(), "each attempt got its own slot: " + starts);
    }

    @Test
    void refusesAttemptsBeyondTheNumberAllowedToWait() {
        LoginThrottle throttle = throttle(100, 1);
        for (int i = 0; i < 3; i++) {
            throttle.failed(throttle.reserve(ADMIN, true));
        }
        assertTrue(throttle.reserve(ADMIN, true).admitted());
        assertFalse(throttle.reserve(ADMIN, true).admitted(), "a second waiting attempt is one too many");
        assertTrue(throttle.reserve(Set.of("user:someone-else"), true).admitted(), "an attempt that need not wait is admitted");
    }

    @Test
    void anAttemptThatMayNotWaitIsRefusedBeforeItsSlotAndAdmittedAfter() {
        LoginThrottle throttle = throttle(100, 16);
        for (int i = 0; i < 4; i++) {
            throttle.failed(throttle.reserve(ADMIN, false));
            clock.addAndGet(2 * SECOND);
        }
        // after 4 failures the next slot is 2 s after the 4th attempt started, which was 2 s ago
        assertTrue(throttle.reserve(ADMIN, false).admitted());
        LoginThrottle.Ticket early = throttle.reserve(ADMIN, false);
        assertFalse(early.admitted(), "the slot of the attempt just admitted is 4 s away");
        assertEquals(4, early.waitNanos() / SECOND);
        clock.addAndGet(4 * SECOND);
        assertTrue(throttle.reserve(ADMIN, false).admitted());
    }

    @Test
    void successClearsTheFailuresOfAllTheAttemptsKeys() throws InterruptedException {
        LoginThrottle throttle = throttle(100, 16);
        Set<String> fromAddress = Set.of("user:admin", "address:192.0.2.7");
        for (int i = 0; i < 5; i++) {
            throttle.failed(throttle.acquire(fromAddress, true));
        }
        assertTrue(throttle.waitNanos(Set.of("address:192.0.2.7")) > 0);

        throttle.succeeded(throttle.acquire(fromAddress, true));

        assertEquals(0, throttle.waitNanos(fromAddress));
        assertEquals(0, throttle.size(), "nothing is kept about keys without failures");
        sleeps.clear();
        throttle.failed(throttle.acquire(fromAddress, true));
        assertEquals(List.of(), sleeps, "the count starts afresh");
    }

    @Test
    void failuresFromAnAddressSlowDownOtherUsersFromIt() throws InterruptedException {
        LoginThrottle throttle = throttle(100, 16);
        for (int i = 0; i < 4; i++) {
            throttle.failed(throttle.acquire(Set.of("user:u" + i, "address:192.0.2.7"), true));
        }
        LoginThrottle.Ticket next = throttle.reserve(Set.of("user:fresh", "address:192.0.2.7"), true);
        assertEquals(2, next.waitNanos() / SECOND);
        assertEquals(0, throttle.reserve(Set.of("user:fresh2", "address:198.51.100.1"), true).waitNanos());
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() throws InterruptedException {
        LoginThrottle throttle = throttle(100, 16);
        for (int i = 0; i < 6; i++) {
            throttle.failed(throttle.acquire(ADMIN, true));
        }
        clock.addAndGet(899 * SECOND);
        assertEquals(1, throttle.size());
        clock.addAndGet(2 * SECOND);
        sleeps.clear();
        throttle.failed(throttle.acquire(ADMIN, true));
        assertEquals(List.of(), sleeps);
        assertEquals(0, throttle.reserve(ADMIN, true).waitNanos());
    }

    @Test
    void tracksAtMostMaxKeysDroppingTheLeastRecentlyUsedIdleOnes() throws InterruptedException {
        LoginThrottle throttle = throttle(50, 16);
        for (int i = 0; i < 5; i++) {
            throttle.failed(throttle.acquire(ADMIN, true));
        }
        LoginThrottle.Ticket pending = throttle.reserve(Set.of("user:pending"), true);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed(throttle.acquire(Set.of("user:random-" + i), true));
            if (i % 10 == 0) {
                throttle.waitNanos(ADMIN); // admin stays recently used
            }
        }
        assertTrue(throttle.size() <= 50, "size " + throttle.size());
        assertTrue(throttle.waitNanos(ADMIN) > 0 || throttle.reserve(ADMIN, true).waitNanos() > 0, "admin is still slowed down");
        assertEquals(1, throttle.failed(pending), "a pending attempt's key is never dropped");
    }

    @Test
    void anInterruptedWaitGivesUpItsPlaceInTheQueue() {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(0, SECOND, 30 * SECOND, 900 * SECOND, 10, 1),
                clock::get, nanos -> {
                    throw new InterruptedException();
                });
        throttle.failed(throttle.reserve(ADMIN, true));
        assertThrows(InterruptedException.class, () -> throttle.acquire(ADMIN, true));
        assertTrue(throttle.reserve(ADMIN, true).admitted(), "the interrupted attempt no longer counts as waiting");
    }

    @Test
    void anAttemptIsDecidedOnlyOnce() {
        LoginThrottle throttle = throttle(100, 16);
        LoginThrottle.Ticket ticket = throttle.reserve(ADMIN, true);
        assertEquals(1, throttle.failed(ticket));
        assertEquals(0, throttle.failed(ticket));
        throttle.succeeded(ticket);
        assertEquals(1, throttle.size(), "a late success of a failed attempt clears nothing");
    }
}
