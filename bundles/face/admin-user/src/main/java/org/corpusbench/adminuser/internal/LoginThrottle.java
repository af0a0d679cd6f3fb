package org.corpusbench.adminuser.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down repeated failed logins per key (a user, a client address). After {@code freeFailures}
 * failures in a row, the next attempt for that key may start only {@code firstDelay} after the last
 * one started, doubling with every further failure up to {@code maxDelay}; a success clears the key,
 * and a key quiet for {@code forgetAfter} is forgotten.
 *
 * <p>An admitted attempt reserves its slot as if it were going to fail, so attempts made in
 * parallel queue one behind the other instead of sharing a slot. An attempt that would have to wait
 * longer than {@code maxDelay}, or that would make more than {@code maxWaiting} attempts wait at
 * once, is refused without waiting: waiting attempts hold a thread (an SSH or HTTP worker), and
 * those must not all be tied up by one attacker; and a caller that must not wait at all has an
 * attempt before its slot refused. At most {@code maxKeys} keys are tracked; beyond
 * that the least recently used idle key is dropped.
 *
 * <p>Times are nanoseconds from the injected clock ({@link System#nanoTime} in production).
 * Thread-safe: every method holds this object's lock, which is never held while waiting.
 */
final class LoginThrottle {
    /** The settings; durations in nanoseconds. */
    record Settings(int freeFailures, long firstDelay, long maxDelay, long forgetAfter, int maxKeys, int maxWaiting) {
        Settings {
            if (freeFailures < 0 || firstDelay < 0 || maxDelay < firstDelay || forgetAfter <= 0 || maxKeys < 1 || maxWaiting < 0) {
                throw new IllegalArgumentException("Invalid login throttle settings " + this);
            }
        }
    }

    /** Waits a number of nanoseconds. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /**
     * The outcome of asking to log in: admitted (possibly after {@link #waitNanos}), or refused, in
     * which case {@link #waitNanos} is how long until the earliest slot.
     */
    static final class Ticket {
        private final List<String> keys;
        private final boolean admitted;
        private final long waitNanos;
        private boolean waiting;
        private boolean closed;

        private Ticket(List<String> keys, boolean admitted, long waitNanos) {
            this.keys = keys;
            this.admitted = admitted;
            this.waitNanos = waitNanos;
            this.closed = !admitted;
        }

        boolean admitted() {
            return admitted;
        }

        long waitNanos() {
            return waitNanos;
        }
    }

    private static final class Entry {
        int failures;
        int pending;
        long nextSlot;
        long lastActivity;
    }

    private final Settings settings;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    /** In access order, so the first entries are the least recently used. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int waiting;

    LoginThrottle(Settings settings, LongSupplier clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** @return the production throttle: {@link System#nanoTime} and {@link TimeUnit#sleep} */
    static LoginThrottle create(Settings settings) {
        return new LoginThrottle(settings, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /**
     * Reserves a slot for an attempt and waits for it.
     *
     * @param keys the keys the attempt counts against (such as {@code user:admin}, {@code address:192.0.2.7})
     * @param mayWait whether the attempt may wait for its slot; if not, an attempt before its slot is refused
     * @return the ticket; if admitted, pass it to exactly one of {@link #failed}, {@link #succeeded}, {@link #release}
     * @throws InterruptedException if interrupted while waiting; the slot is released
     */
    Ticket acquire(Set<String> keys, boolean mayWait) throws InterruptedException {
        Ticket ticket = reserve(keys, mayWait);
        if (ticket.admitted && ticket.waitNanos > 0) {
            try {
                sleeper.sleep(ticket.waitNanos);
            } catch (InterruptedException e) {
                release(ticket);
                throw e;
            } finally {
                stopWaiting(ticket);
            }
        }
        return ticket;
    }

    /** Reserves a slot without waiting for it: {@link #acquire} without the sleep. */
    synchronized Ticket reserve(Set<String> keys, boolean mayWait) {
        long now = clock.getAsLong();
        forgetQuietKeys(now);
        long start = now;
        for (String key : keys) {
            Entry entry = entries.get(key);
            if (entry != null && entry.nextSlot - start > 0) {
                start = entry.nextSlot;
            }
        }
        long wait = start - now;
        if (wait > settings.maxDelay() || (wait > 0 && (!mayWait || waiting >= settings.maxWaiting()))) {
            return new Ticket(List.copyOf(keys), false, wait);
        }
        for (String key : keys) {
            Entry entry = entries.computeIfAbsent(key, k -> new Entry());
            entry.pending++;
            // as if this attempt and every other one still pending fails
            entry.nextSlot = start + delayAfter(entry.failures + entry.pending);
            entry.lastActivity = now;
        }
        evictBeyondCapacity();
        Ticket ticket = new Ticket(List.copyOf(keys), true, wait);
        if (wait > 0) {
            ticket.waiting = true;
            waiting++;
        }
        return ticket;
    }

    /**
     * Records that an admitted attempt failed.
     *
     * @return the most consecutive failures among the attempt's keys, this one included
     */
    synchronized int failed(Ticket ticket) {
        int most = 0;
        for (Entry entry : close(ticket)) {
            entry.failures++;
            most = Math.max(most, entry.failures);
        }
        return most;
    }

    /** Records that an admitted attempt succeeded: its keys start afresh. */
    synchronized void succeeded(Ticket ticket) {
        if (close(ticket).isEmpty()) {
            return;
        }
        long now = clock.getAsLong();
        for (String key : ticket.keys) {
            Entry entry = entries.get(key);
            if (entry != null) {
                entry.failures = 0;
                entry.nextSlot = now;
                if (entry.pending == 0) {
                    entries.remove(key);
                }
            }
        }
    }

    /** Gives up an admitted attempt that was never decided (interrupted); its slot stays used. */
    synchronized void release(Ticket ticket) {
        close(ticket);
    }

    /** @return how long until the next attempt for these keys may start, or 0 */
    synchronized long waitNanos(Set<String> keys) {
        long now = clock.getAsLong();
        long wait = 0;
        for (String key : keys) {
            Entry entry = entries.get(key);
            if (entry != null) {
                wait = Math.max(wait, entry.nextSlot - now);
            }
        }
        return wait;
    }

    /** @return the keys tracked now */
    synchronized int size() {
        return entries.size();
    }

    /** @return the delay before the attempt that follows {@code failures} failures in a row */
    long delayAfter(int failures) {
        if (failures < settings.freeFailures() || settings.firstDelay() == 0) {
            return 0;
        }
        long delay = settings.firstDelay();
        for (int i = settings.freeFailures(); i < failures && delay < settings.maxDelay(); i++) {
            delay *= 2; // at most 63 doublings before reaching maxDelay, so it cannot overflow
        }
        return Math.min(delay, settings.maxDelay());
    }

    private synchronized void stopWaiting(Ticket ticket) {
        if (ticket.waiting) {
            ticket.waiting = false;
            waiting--;
        }
    }

    private List<Entry> close(Ticket ticket) {
        if (ticket.closed) {
            return List.of();
        }
        ticket.closed = true;
        long now = clock.getAsLong();
        List<Entry> closed = new ArrayList<>();
        for (String key : ticket.keys) {
            // pending entries are never evicted or forgotten, so it is still there
            Entry entry = entries.get(key);
            if (entry != null) {
                entry.pending--;
                entry.lastActivity = now;
                closed.add(entry);
            }
        }
        return closed;
    }

    private void forgetQuietKeys(long now) {
        Iterator<Entry> iterator = entries.values().iterator();
        while (iterator.hasNext()) {
            Entry entry = iterator.next();
            if (now - entry.lastActivity < settings.forgetAfter()) {
                break; // the rest were used more recently
            }
            if (entry.pending == 0) {
                iterator.remove();
            }
        }
    }

    private void evictBeyondCapacity() {
        Iterator<Map.Entry<String, Entry>> iterator = entries.entrySet().iterator();
        while (entries.size() > settings.maxKeys() && iterator.hasNext()) {
            if (iterator.next().getValue().pending == 0) {
                iterator.remove();
            }
        }
    }
}
