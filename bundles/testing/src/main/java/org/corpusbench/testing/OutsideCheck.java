package org.corpusbench.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reruns a committed Python script that made a test's reference values with an outside
 * implementation (NLTK, SciPy, jieba), so a test can compare ours with what the script prints
 * today and not only with what it printed when the values were committed.
 *
 * <p>Uses Debian's {@value #PYTHON}, not whatever {@code python3} is first on the path. The test
 * command ({@code .ci/test.sh}) installs the packages and sets {@value #PROPERTY}{@code =required}:
 * then a missing interpreter, module or failing script fails the test. Otherwise (a plain
 * {@code mvn verify} on a machine without them) {@link #run} answers empty and the test compares the
 * committed values only.
 */
public final class OutsideCheck {
    /** The interpreter the reference scripts are written for. */
    public static final String PYTHON = "/usr/bin/python3";
    /** The system property saying whether the checks must run: {@code required} or {@code optional}. */
    public static final String PROPERTY = "outside.checks";
    private static final long TIMEOUT_MINUTES = 5;

    private OutsideCheck() {
    }

    /**
     * @param modules the Python modules the script imports, such as {@code nltk}
     * @param script the committed script
     * @param arguments its arguments
     * @return what the script wrote to standard output; empty if Python or a module is missing and
     *         the checks are not required
     * @throws IllegalStateException if they are required and cannot run, or if the script fails
     */
    public static Optional<String> run(List<String> modules, Path script, String... arguments) {
        boolean required = "required".equals(System.getProperty(PROPERTY));
        if (!Files.isExecutable(Path.of(PYTHON)) || !imports(modules)) {
            if (required) {
                throw new IllegalStateException(PYTHON + " with " + modules + " is needed for the outside checks ("
                        + PROPERTY + "=required); install them, e.g. apt-get install python3-nltk python3-scipy");
            }
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
        command.addAll(List.of(arguments));
        Result result = execute(command);
        if (result.exit() != 0) {
            throw new IllegalStateException(script + " failed (exit " + result.exit() + "): " + result.output());
        }
        return Optional.of(result.output());
    }

    private static boolean imports(List<String> modules) {
        return modules.isEmpty() || execute(List.of(PYTHON, "-c", "import " + String.join(", ", modules))).exit() == 0;
    }

    private static Result execute(List<String> command) {
        try {
            Path output = Files.createTempFile("outside-check", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command + " did not end within " + TIMEOUT_MINUTES + " minutes");
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private record Result(int exit, String output) {
    }
}
