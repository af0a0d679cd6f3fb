package org.corpusbench.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbench.testing.Spread;
import org.corpusbench.testing.NewspaperText;

/**
 * The import benchmark (not a test): the whole path of {@code corpus:load} on a folder of text
 * files (read, detect and decode, clean, split, segment with {@code jieba}, store, commit), then
 * {@code corpus:reclean} and {@code corpus:resegment} of the stored corpus ({@link ImportOnce}), each
 * JVM bound to 1 core ({@code taskset -c 0}) or free to use both, which sizes its pool by the cores it
 * sees as the workbench does. Rounds run the two alternately, their order swapped each round, after
 * warm-up rounds; each JVM first does the same on a small warm-up folder (untimed), then on the
 * text, in a new store that is deleted after. Prints each run (wall and CPU seconds), then per
 * operation and contender the median and range in MB/s, and the ratio of 2 cores to 1 per round with
 * its median and range.
 *
 * <p>{@code ImportRounds DIR}: the text is made in {@code DIR/text} (and {@code DIR/warmup}) if
 * missing: the seed pages, the cleaning fixtures' pages, and newspaper-like text generated from
 * them ({@link NewspaperText}) cut into pages of about 16 KB, {@code -Dbenchmark.megabytes} in all
 * (default 200). {@code -Dbenchmark.warmups} (default 1), {@code -Dbenchmark.rounds} (default 3) and
 * {@code -Dbenchmark.gc} (default G1, see {@link #GC}).
 */
public final class ImportRounds {
    private static final int PAGE_BYTES = 16_000;
    private static final int GENERATED_PER_SEED = 4_000_000;
    private static final long WARMUP_BYTES = 4_000_000;
    /** What each JVM times, in the order it prints them (ImportOnce), and what the table calls them. */
    private static final String[] OPERATIONS = {"import", "reclean", "resegment"};
    /**
     * The collector of both JVMs: left to itself, the JVM takes the serial one when it sees one core
     * and G1 when it sees two, and G1 costs 2-12% more CPU on one core here, so the ratio would
     * measure the collectors as much as the import. G1 is what the workbench gets on 2 cores;
     * {@code -Dbenchmark.gc=default} leaves the choice to each JVM.
     */
    private static final String GC = System.getProperty("benchmark.gc", "G1");
    private static final String[] NAMES = {"whole import", "re-cleaning the stored corpus", "re-segmenting it after a dictionary change"};

    private ImportRounds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--once")) {
            ImportOnce.run(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        int warmups = Integer.getInteger("benchmark.warmups", 1);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Path text = dir.resolve("text");
        Path warmup = dir.resolve("warmup");
        long bytes = ensureText(text, Integer.getInteger("benchmark.megabytes", 200) * 1_000_000L, 1);
        ensureText(warmup, WARMUP_BYTES, 1_000_000);
        System.out.printf("Import benchmark, %s, %d cores, Java %s, collector %s in both JVMs%n",
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), GC.equals("default") ? "as each JVM chooses" : GC);
        System.out.printf("Input: %s, %,d files, %.1f MB; %d warm-up rounds, %d rounds, each a JVM on 1 core and one on 2, "
                + "alternating; each JVM imports the text, cleans the stored corpus again (reclean) and segments it again "
                + "after adding a user dictionary of 3 words (resegment); MB/s count the text's bytes for all three%n",
                text, countFiles(text), bytes / 1e6, warmups, rounds);
        String[] contenders = {"1 core", "2 cores"};
        double[][][] rates = new double[OPERATIONS.length][2][rounds];
        double[][][] busy = new double[OPERATIONS.length][2][rounds];
        for (int round = -warmups; round < rounds; round++) {
            for (int i = 0; i < 2; i++) {
                int which = Math.floorMod(round, 2) == 0 ? i : 1 - i;
                // other users' work on the machine shows here and in "cores busy" (CPU over wall time)
                System.out.printf("load average before the next JVM: %s%n", loadAverage());
                List<String[]> results = runOnce(which == 0, warmup, text);
                for (int op = 0; op < OPERATIONS.length; op++) {
                    String[] result = results.get(op);
                    double seconds = Double.parseDouble(result[1]);
                    double rate = bytes / 1e6 / seconds;
                    if (round >= 0) {
                        rates[op][which][round] = rate;
                        busy[op][which][round] = Double.parseDouble(result[2]) / seconds;
                    }
                    System.out.printf("%s %d, %s, %s: %,d documents, %,d tokens, %,d types%s in %.2f s (%.1f CPU s), %.2f MB/s%n",
                            round < 0 ? "warm-up" : "round", round < 0 ? round + warmups + 1 : round + 1, contenders[which],
                            OPERATIONS[op], Long.parseLong(result[3]), Long.parseLong(result[4]), Long.parseLong(result[5]),
                            result[6].equals("-") ? "" : ", " + result[6] + " documents cut again", seconds,
                            Double.parseDouble(result[2]), rate);
                }
            }
        }
        System.out.println();
        System.out.println("| what | median | range over rounds | cores busy, median |");
        System.out.println("|---|---:|---:|---:|");
        for (int op = 0; op < OPERATIONS.length; op++) {
            for (int i = 0; i < 2; i++) {
                System.out.printf("| %s, %s | %.2f MB/s | %.2f-%.2f MB/s | %.2f |%n", NAMES[op], contenders[i],
                        Spread.median(rates[op][i]), Spread.min(rates[op][i]), Spread.max(rates[op][i]), Spread.median(busy[op][i]));
            }
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = rates[op][1][round] / rates[op][0][round];
            }
            System.out.printf("| %s, ratio 2 cores / 1 core, per round | %.2fx | %.2f-%.2fx | - |%n", NAMES[op], Spread.median(ratios),
                    Spread.min(ratios), Spread.max(ratios));
        }
    }

    /**
     * Runs one import, re-cleaning and re-segmentation in a JVM of its own, on one core or on all;
     * @return a line per operation: name, seconds, CPU seconds, documents, tokens, types, documents cut again
     */
    private static List<String[]> runOnce(boolean oneCore, Path warmup, Path text) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (oneCore) {
            command.addAll(List.of("taskset", "-c", "0"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        if (!GC.equals("default")) {
            command.add("-XX:+Use" + GC + "GC");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportRounds.class.getName(), "--once", warmup.toString(),
                text.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String[]> results = output.lines().filter(line -> line.startsWith(ImportOnce.RESULT))
                .map(line -> line.substring(ImportOnce.RESULT.length()).split(" ")).toList();
        if (process.waitFor() != 0 || results.size() != OPERATIONS.length) {
            throw new IllegalStateException("The import JVM failed: " + String.join(" ", command) + "\n" + output);
        }
        return results;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** @return the bytes of the folder's .txt files, after writing them (generated from the given seed on) if there were none */
    private static long ensureText(Path folder, long bytes, long firstSeed) throws IOException {
        Files.createDirectories(folder);
        if (countFiles(folder) == 0) {
            List<String> pages = NewspaperText.realPages(Path.of(System.getProperty("corpusbench.seeds", "../../../seeds")),
                    Path.of(System.getProperty("corpusbench.pages", "../../clean/cleaning-newspaper/src/test/resources/pages")));
            long written = 0;
            int file = 0;
            for (String page : pages) {
                written += write(folder, file++, page);
            }
            for (long seed = firstSeed; written < bytes; seed++) {
                String text = NewspaperText.generated(pages, (int) Math.min(GENERATED_PER_SEED, bytes - written), seed);
                for (int from = 0; from < text.length() && written < bytes; ) {
                    int to = text.indexOf('\n', Math.min(text.length(), from + PAGE_BYTES / 3)); // about 3 bytes a character
                    to = to < 0 ? text.length() : to + 1;
                    written += write(folder, file++, text.substring(from, to));
                    from = to;
                }
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ImportRounds::isText).mapToLong(ImportRounds::size).sum();
        }
    }

    private static long write(Path folder, int file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(String.format("page-%06d.txt", file)), bytes);
        return bytes.length;
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ImportRounds::isText).count();
        }
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().endsWith(".txt");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
