package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process with SIGKILL at random points of its progress while it replaces a corpus,
 * then checks that the store holds the old corpus or the new one, complete, never less than what
 * was reported committed.
 *
 * <p>The moment is the worker's k-th progress line (see {@link CrashWorker}), k random, never a
 * time: a clock-chosen moment lands mostly in JVM start-up on a loaded machine. k ranges over a
 * whole generation and a bit, so kills land while the store is opened, while documents are
 * written, during a commit and just after one. Iterations: {@code -Dcorpusbench.crash.iterations=N}
 * (default 50); {@code -Dcorpusbench.crash.seed=S} replays a run whose seed was printed.
 */
class CrashSafetyTest {
    /** Only a hanging worker takes this long to reach its kill point. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    /** Progress lines past the first commit that a kill may wait for. */
    private static final int A_BIT = 3;

    @TempDir
    Path temp;

    @Test
    void killMinusNineAtRandomPointsOfProgressNeverLeavesABrokenCorpus() throws Exception {
        int iterations = Integer.getInteger("corpusbench.crash.iterations", 50);
        long seed = Long.getLong("corpusbench.crash.seed", System.nanoTime());
        System.out.printf("kill -9 test: seed %d (replay with -Dcorpusbench.crash.seed=%d)%n", seed, seed);
        Deck killPoints = new Deck(CrashWorker.linesUpToFirstCommit() + A_BIT, new Random(seed));
        Path store = Files.createDirectory(temp.resolve("store"));
        Map<String, Integer> killedAfter = new TreeMap<>();
        int runsThatCommitted = 0;
        int commitsCut = 0;
        int commitsUnreported = 0;
        long lastReported = 0;
        for (int i = 0; i < iterations; i++) {
            String context = "seed " + seed + ", iteration " + i;
            int k = killPoints.next();
            WorkerProcess worker = WorkerProcess.start(store, temp.resolve("worker-" + i + ".err"));
            String killPoint = worker.awaitLine(k, HANG_GUARD, context);
            List<String> lines = worker.kill();
            killedAfter.merge(killPoint.split(" ")[0], 1, Integer::sum);
            long committed = lastCommitted(lines);
            if (committed > 0) {
                runsThatCommitted++;
                lastReported = committed;
            }
            context += " (killed after line " + k + ", '" + killPoint + "')";

            List<String> warnings = new ArrayList<>();
            Optional<CorpusView> crash = new CorpusStore(store, Clock.systemUTC(), warnings::add).get(CrashWorker.CORPUS);
            assertEquals(List.of(), warnings, context);
            if (lastReported > 0) {
                assertTrue(crash.isPresent(), context + ": a committed corpus is gone");
            }
            if (crash.isPresent()) {
                long generation = CrashWorker.verify(crash.get());
                assertTrue(generation >= lastReported, context + ": generation " + generation
                        + " is older than the reported " + lastReported);
                assertTrue(generation <= lastReported + 1, context + ": generation " + generation + " from nowhere");
                // Counted, not asserted: whether a kill beats a commit depends on timing.
                if (generation > lastReported) {
                    commitsUnreported++;
                } else if (lines.get(lines.size() - 1).startsWith("committing ")) {
                    commitsCut++;
                }
                lastReported = generation;
            }
            try (Stream<Path> entries = Files.list(store)) {
                List<String> expected = crash.isPresent() ? List.of(CrashWorker.CORPUS) : List.of();
                assertEquals(expected, entries.map(p -> p.getFileName().toString()).toList(),
                        context + ": leftovers removed on open");
            }
        }
        if (iterations >= killPoints.size()) {
            // Every k was dealt at least once, so this fails only if the worker's progress changed.
            assertEquals(Set.of("committed", "committing", "document", "opened", "starting"), killedAfter.keySet(),
                    "seed " + seed + ": kills after each kind of progress line: " + killedAfter);
        }
        System.out.printf("kill -9 test: %d kills after %s; %d runs committed, %d generations in all; %d commits cut"
                + " short, %d complete but unreported; every survivor complete (seed %d)%n", iterations, killedAfter,
                runsThatCommitted, lastReported, commitsCut, commitsUnreported, seed);
    }

    private static long lastCommitted(List<String> lines) {
        long committed = 0;
        for (String line : lines) {
            if (line.startsWith("committed ")) {
                committed = Long.parseLong(line.substring("committed ".length()));
            }
        }
        return committed;
    }

    /**
     * The kill points 1 to {@code size} in random order, dealt again once all have been: random, yet
     * every point is used equally often, so that any {@code size} iterations in a row cover every phase.
     */
    private static final class Deck {
        private final int size;
        private final Random random;
        private final List<Integer> cards = new ArrayList<>();

        Deck(int size, Random random) {
            this.size = size;
            this.random = random;
        }

        int next() {
            if (cards.isEmpty()) {
                for (int k = 1; k <= size; k++) {
                    cards.add(k);
                }
                Collections.shuffle(cards, random);
            }
            return cards.remove(cards.size() - 1);
        }

        int size() {
            return size;
        }
    }
}
