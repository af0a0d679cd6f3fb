package org.corpusbench.jieba.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Python jieba 0.42.1 ({@code /usr/bin/python3}, Debian's python3-jieba) as a separate process on a
 * slice of the input, {@code jieba.cut} line by line after one warm-up pass, in rounds that alternate
 * with our engine on the same slice; skipped, and said so, if the module is missing.
 */
final class PythonJieba {
    private static final String PYTHON = "/usr/bin/python3";
    private static final int ROUNDS = 3;
    private static final String SCRIPT = String.join("\n",
            "import sys, time",
            "try:",
            "    import jieba",
            "except ImportError:",
            "    print('missing'); sys.exit(0)",
            "jieba.setLogLevel(60)",
            "jieba.initialize()",
            "lines = open(sys.argv[1], encoding='utf-8').read().split('\\n')",
            "def run():",
            "    return sum(1 for line in lines for word in jieba.cut(line))",
            "run()",
            "started = time.perf_counter()",
            "run()",
            "print(jieba.__version__, time.perf_counter() - started)");

    private PythonJieba() {
    }

    static void compare(String slice, IntSupplier oursOnSlice) throws IOException, InterruptedException {
        double megabytes = slice.getBytes(StandardCharsets.UTF_8).length / 1e6;
        System.out.printf("%nPython jieba, separate process, on the input's first %.2f MB (the real pages first), jieba.cut line by line;"
                + " %d rounds of (Python: load, one warm-up pass, one timed pass; ours: one pass)%n", megabytes, ROUNDS);
        if (!Files.isExecutable(Path.of(PYTHON))) {
            System.out.println("SKIPPED: no " + PYTHON);
            return;
        }
        Path file = Files.createTempFile("segmentation-slice", ".txt");
        try {
            Files.writeString(file, slice, StandardCharsets.UTF_8);
            double[] python = new double[ROUNDS];
            double[] ours = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                String[] answer = runPython(file).split(" ");
                if (answer[0].equals("missing")) {
                    System.out.println("SKIPPED: " + PYTHON + " cannot import jieba (apt-get install python3-jieba)");
                    return;
                }
                python[round] = megabytes / Double.parseDouble(answer[1]);
                long started = System.nanoTime();
                oursOnSlice.getAsInt();
                ours[round] = megabytes / ((System.nanoTime() - started) / 1e9);
                System.out.printf("round %d: Python jieba %s %.3f MB/s, ours %.2f MB/s, ratio %.1fx%n", round + 1, answer[0],
                        python[round], ours[round], ours[round] / python[round]);
            }
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                ratios[round] = ours[round] / python[round];
            }
            System.out.printf("RATIO jieba (ours), TokenSink / Python jieba 0.42.1: median %.1fx (Python median %.3f MB/s)%n",
                    Rounds.median(ratios), Rounds.median(python));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String runPython(Path slice) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PYTHON, "-c", SCRIPT, slice.toString()).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0 || output.isEmpty()) {
            throw new IOException("Python jieba failed: " + output);
        }
        return output.get(output.size() - 1).trim();
    }
}
