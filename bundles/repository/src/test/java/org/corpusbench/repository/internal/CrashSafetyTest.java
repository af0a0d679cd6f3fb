package org.corpusbench.repository.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process with SIGKILL at random moments while it replaces a corpus, then checks that
 * the store holds the old corpus or the new one, complete, never less than what was reported
 * committed. Iterations: {@code -Dcorpusbench.crash.iterations=N} (default 50).
 */
class CrashSafetyTest {
    @TempDir
    Path store;

    @Test
    void killMinusNineAtRandomMomentsNeverLeavesABrokenCorpus() throws Exception {
        int iterations = Integer.getInteger("corpusbench.crash.iterations", 50);
        Random random = new Random(Long.getLong("corpusbench.crash.seed", System.nanoTime()));
        long lastReported = 0;
        List<Long> survivors = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            AtomicLong reported = new AtomicLong(lastReported);
            Process worker = startWorker();
            Thread output = outputReader(worker, reported);
            Thread.sleep(300 + random.nextInt(1200));
            worker.destroyForcibly(); // SIGKILL on POSIX systems
            worker.waitFor();
            output.join(); // every line the worker printed before it died
            lastReported = reported.get();

            List<String> warnings = new ArrayList<>();
            Optional<CorpusView> crash = new CorpusStore(store, Clock.systemUTC(), warnings::add).get(CrashWorker.CORPUS);
            assertEquals(List.of(), warnings, "iteration " + i);
            if (lastReported > 0) {
                assertTrue(crash.isPresent(), "iteration " + i + ": a committed corpus is gone");
            }
            if (crash.isPresent()) {
                long generation = CrashWorker.verify(crash.get());
                assertTrue(generation >= lastReported, "iteration " + i + ": generation " + generation
                        + " is older than the reported " + lastReported);
                assertTrue(generation <= lastReported + 1, "iteration " + i + ": generation " + generation + " from nowhere");
                survivors.add(generation);
                lastReported = generation;
            }
            try (Stream<Path> entries = Files.list(store)) {
                List<String> expected = crash.isPresent() ? List.of(CrashWorker.CORPUS) : List.of();
                assertEquals(expected, entries.map(p -> p.getFileName().toString()).toList(),
                        "iteration " + i + ": leftovers removed on open");
            }
        }
        assertTrue(survivors.size() > iterations / 2, "the worker committed in most runs: " + survivors);
        System.out.printf("kill -9 test: %d kills, %d generations committed, every survivor complete%n", iterations,
                lastReported);
    }

    private Process startWorker() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), store.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Thread outputReader(Process process, AtomicLong reported) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("committed ")) {
                        reported.set(Long.parseLong(line.substring(10)));
                    }
                }
            } catch (IOException e) {
                // the process died
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
