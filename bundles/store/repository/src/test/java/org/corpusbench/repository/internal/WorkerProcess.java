package org.corpusbench.repository.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashWorker} in a JVM of its own, with its progress lines read as they come, so that
 * {@link CrashSafetyTest} can kill it at a chosen point of its progress.
 */
final class WorkerProcess {
    /** Put in the queue when the worker's output ends; compared by identity. */
    private static final String END = new String("end of output");

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private WorkerProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::read, "crash worker output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param store the store folder the worker replaces its corpus in
     * @param errors where its standard error goes, to be shown if it fails
     */
    static WorkerProcess start(Path store, Path errors) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), store.toString()).redirectError(errors.toFile()).start();
        return new WorkerProcess(process, errors);
    }

    /**
     * Waits until the worker has printed {@code count} lines.
     *
     * @param hangGuard how long to wait at most; only a worker that hangs takes this long
     * @return the {@code count}-th line
     * @throws AssertionError if the worker ends first or the guard runs out, with its standard error
     */
    String awaitLine(int count, Duration hangGuard, String context) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + hangGuard.toNanos();
        while (lines.size() < count) {
            String line = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == END) {
                process.waitFor();
                throw new AssertionError(context + ": the worker ended with exit code " + process.exitValue() + " after "
                        + lines.size() + " progress lines, before line " + count + "; its output: " + lines
                        + "; its standard error: " + Files.readString(errors));
            }
            if (line == null) {
                throw new AssertionError(context + ": the worker printed " + lines.size() + " progress lines in "
                        + hangGuard.toSeconds() + " s, not " + count + "; it hangs? Its output: " + lines
                        + "; its standard error: " + Files.readString(errors));
            }
            lines.add(line);
        }
        return lines.get(count - 1);
    }

    /**
     * Kills the worker with SIGKILL (on POSIX systems) and waits for it to die.
     *
     * @return every line it printed, those after the awaited one included
     */
    List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(); // the pipe ends when the process is gone
        for (String line = queue.poll(); line != null && line != END; line = queue.poll()) {
            lines.add(line);
        }
        return List.copyOf(lines);
    }

    private void read() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                queue.add(line);
            }
        } catch (IOException e) {
            // the process died; what it printed is in the queue
        } finally {
            queue.add(END);
        }
    }
}
