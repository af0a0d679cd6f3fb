package org.corpusbench.cleaning.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.corpusbench.api.Progress;

/**
 * The plug-in services an import needs (cleaning steps, splitters) as they come and go, and a bounded
 * wait until at least the required number of each kind is bound.
 *
 * <p>Why not a DS minimum cardinality: it unregisters the pipeline whenever a kind drops below its
 * minimum, and switching a step on or off re-registers it, so the pipeline, the importer and every
 * component that holds them statically (the REST servlet, the commands), went away for those milliseconds. The
 * pipeline now stays registered and an import checks the minimum when it starts, waiting a little
 * for services that are on their way back.
 *
 * <p>A service counts whatever its {@code corpus.cleaning.enabled} property says: a step switched
 * off stays registered, so it never makes an import wait.
 *
 * <p>Thread-safe. Binding and waiting share one monitor, which a waiting thread releases while it
 * waits, so DS can bind while an import waits.
 */
public final class PipelineReadiness {
    /** Where the minimums are set: the pipeline's configuration PID. */
    public static final String CONFIGURATION = "org.corpusbench.cleaning.pipeline";
    /** How a message about missing services begins, so a caller can tell it from other failures. */
    public static final String INCOMPLETE = "Cleaning pipeline incomplete";

    /** How often a waiting import looks at its {@link Progress} for a cancellation nobody signals. */
    private static final long CANCEL_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** The framework's service property that identifies a registration (org.osgi.framework.Constants.SERVICE_ID). */
    private static final String SERVICE_ID = "service.id";

    private final Object monitor = new Object();
    private final List<Services<?>> kinds = new CopyOnWriteArrayList<>();

    /**
     * @param kind what the services are, plural, for messages ("cleaning steps")
     * @param nameKey the service property that names one, for messages
     * @param minimum how many an import needs; 0 or less needs none
     * @param setting the configuration key that sets {@code minimum}, for messages
     * @return the set that DS binds these services into
     */
    public <S> Services<S> require(String kind, String nameKey, int minimum, String setting) {
        Services<S> services = new Services<>(this, kind, nameKey, minimum, setting);
        kinds.add(services);
        return services;
    }

    /**
     * Returns as soon as every kind has its minimum, at once if it has; otherwise waits, waking each
     * time a service is bound, for at most {@code timeout}.
     *
     * @param timeout how long to wait at most; zero or negative checks once
     * @param progress a cancellation of which also ends the wait
     * @throws PipelineIncompleteException naming what is missing, when the time is up
     * @throws InterruptedException if the thread is interrupted while waiting (Ctrl-C in the console)
     * @throws java.util.concurrent.CancellationException if {@code progress} is cancelled
     */
    public void await(Duration timeout, Progress progress) throws InterruptedException {
        Duration bounded = timeout.isNegative() ? Duration.ZERO : timeout;
        long deadline = System.nanoTime() + bounded.toNanos();
        synchronized (monitor) {
            while (!complete()) {
                progress.checkCancelled();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new PipelineIncompleteException(describe(bounded));
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, CANCEL_POLL_NANOS)); // releases the monitor
            }
        }
    }

    /** @return whether every kind has its minimum now */
    public boolean complete() {
        synchronized (monitor) {
            return kinds.stream().allMatch(Services::complete);
        }
    }

    private String describe(Duration waited) {
        String time = waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " s" : waited.toMillis() + " ms";
        return INCOMPLETE + " after waiting " + time + ": "
                + kinds.stream().map(Services::describe).collect(Collectors.joining("; "))
                + ". Start or install the missing plug-ins, or lower "
                + kinds.stream().filter(k -> !k.complete()).map(k -> k.setting).collect(Collectors.joining(" or "))
                + " in the configuration " + CONFIGURATION + ".";
    }

    private void changed() {
        monitor.notifyAll();
    }

    /**
     * The bound services of one kind, by service id, with their properties. DS calls the bind,
     * updated and unbind methods; imports take a {@link #current()} snapshot.
     *
     * @param <S> the service type
     */
    public static final class Services<S> {
        private final PipelineReadiness readiness;
        private final String kind;
        private final String nameKey;
        private final int minimum;
        private final String setting;
        /** Guarded by the readiness's monitor. */
        private final Map<Object, Map.Entry<Map<String, Object>, S>> bound = new LinkedHashMap<>();
        /** Names of every service bound so far, to say which are missing; guarded by the monitor. */
        private final Set<String> seen = new TreeSet<>();

        private Services(PipelineReadiness readiness, String kind, String nameKey, int minimum, String setting) {
            this.readiness = readiness;
            this.kind = kind;
            this.nameKey = nameKey;
            this.minimum = minimum;
            this.setting = setting;
        }

        /** Binds a service, or replaces its properties if it is bound. */
        public void bind(S service, Map<String, Object> properties) {
            synchronized (readiness.monitor) {
                bound.put(key(service, properties), Map.entry(Map.copyOf(properties), service));
                seen.add(name(properties));
                readiness.changed();
            }
        }

        public void unbind(S service, Map<String, Object> properties) {
            synchronized (readiness.monitor) {
                bound.remove(key(service, properties));
                readiness.changed();
            }
        }

        /** @return the services bound now with their properties, in the order they were bound */
        public List<Map.Entry<Map<String, Object>, S>> current() {
            synchronized (readiness.monitor) {
                return List.copyOf(bound.values());
            }
        }

        private boolean complete() {
            return bound.size() >= minimum;
        }

        /** Called with the monitor held. */
        private String describe() {
            if (complete()) {
                return kind + ": " + bound.size() + " registered, " + minimum + " required";
            }
            Set<String> present = bound.values().stream().map(e -> name(e.getKey())).collect(Collectors.toCollection(TreeSet::new));
            Set<String> gone = new TreeSet<>(seen);
            gone.removeAll(present);
            // a service that came and went can be named; one that never came cannot
            int unseen = minimum - bound.size() - gone.size();
            List<String> missing = new ArrayList<>(gone);
            if (unseen > 0) {
                missing.add(unseen + " not seen since the pipeline started");
            }
            return bound.size() + " of " + minimum + " required " + kind + " registered (missing: " + String.join(", ", missing)
                    + "; registered: " + (present.isEmpty() ? "none" : String.join(", ", present)) + ")";
        }

        private String name(Map<String, Object> properties) {
            return String.valueOf(properties.getOrDefault(nameKey, "unnamed"));
        }

        /** The service id identifies a registration across bind, updated and unbind. */
        private static Object key(Object service, Map<String, Object> properties) {
            Object id = properties.get(SERVICE_ID);
            return id != null ? id : service;
        }
    }
}
