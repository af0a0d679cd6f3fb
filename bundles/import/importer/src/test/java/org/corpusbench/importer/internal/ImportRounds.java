package org.corpusbench.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.jieba.engine.internal.JiebaSegmenter;
import org.corpusbench.loader.text.internal.TextLoader;
import org.corpusbench.repository.internal.StoreFolder;
import org.corpusbench.testing.Spread;
import org.corpusbench.testing.NewspaperText;

/**
 * The import benchmark (not a test): the whole path of {@code corpus:load} on a folder of text
 * files (read, detect and decode, clean, split, segment with {@code jieba}, store, commit), each
 * import in a JVM of its own bound to 1 core ({@code taskset -c 0}) or free to use both, which
 * sizes its pool by the cores it sees as an import in the workbench does. Rounds run the two
 * alternately, their order swapped each round, after warm-up rounds; each JVM first imports a
 * small warm-up folder (untimed), then the text, into a new store that is deleted after. Prints each
 * run (wall and CPU seconds), then per contender the median and range in MB/s, and the ratio of 2
 * cores to 1 per round with its median and range.
 *
 * <p>{@code ImportRounds DIR}: the text is made in {@code DIR/text} (and {@code DIR/warmup}) if
 * missing: the seed pages, the cleaning fixtures' pages, and newspaper-like text generated from
 * them ({@link NewspaperText}) cut into pages of about 16 KB, {@code -Dbenchmark.megabytes} in all
 * (default 200). {@code -Dbenchmark.warmups} (default 1) and {@code -Dbenchmark.rounds} (default 3).
 */
public final class ImportRounds {
    private static final int PAGE_BYTES = 16_000;
    private static final int GENERATED_PER_SEED = 4_000_000;
    private static final long WARMUP_BYTES = 4_000_000;
    private static final String RESULT = "RESULT ";

    private ImportRounds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--once")) {
            once(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        int warmups = Integer.getInteger("benchmark.warmups", 1);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Path text = dir.resolve("text");
        Path warmup = dir.resolve("warmup");
        long bytes = ensureText(text, Integer.getInteger("benchmark.megabytes", 200) * 1_000_000L, 1);
        ensureText(warmup, WARMUP_BYTES, 1_000_000);
        System.out.printf("Import benchmark, %s, %d cores, Java %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("Input: %s, %,d files, %.1f MB; %d warm-up rounds, %d rounds, each a JVM on 1 core and one on 2, "
                + "alternating%n", text, countFiles(text), bytes / 1e6, warmups, rounds);
        String[] contenders = {"1 core", "2 cores"};
        double[][] rates = new double[2][rounds];
        double[] ratios = new double[rounds];
        for (int round = -warmups; round < rounds; round++) {
            double[] rate = new double[2];
            for (int i = 0; i < 2; i++) {
                int which = Math.floorMod(round, 2) == 0 ? i : 1 - i;
                String[] result = runOnce(which == 0, warmup, text);
                double seconds = Double.parseDouble(result[0]);
                rate[which] = bytes / 1e6 / seconds;
                System.out.printf("%s %d, %s: %s documents, %s tokens, %s types in %.2f s (%.1f CPU s), %.2f MB/s%n",
                        round < 0 ? "warm-up" : "round", round < 0 ? round + warmups + 1 : round + 1, contenders[which],
                        result[2], result[3], result[4], seconds, Double.parseDouble(result[1]), rate[which]);
            }
            if (round >= 0) {
                rates[0][round] = rate[0];
                rates[1][round] = rate[1];
                ratios[round] = rate[1] / rate[0];
            }
        }
        System.out.println();
        System.out.println("| what | median | range over rounds |");
        System.out.println("|---|---:|---:|");
        for (int i = 0; i < 2; i++) {
            System.out.printf("| whole import, %s | %.2f MB/s | %.2f-%.2f MB/s |%n", contenders[i], Spread.median(rates[i]),
                    Spread.min(rates[i]), Spread.max(rates[i]));
        }
        System.out.printf("| ratio 2 cores / 1 core, per round | %.2fx | %.2f-%.2fx |%n", Spread.median(ratios), Spread.min(ratios),
                Spread.max(ratios));
    }

    /** Runs one import in a JVM of its own, on one core or on all; @return seconds, CPU seconds, documents, tokens, types */
    private static String[] runOnce(boolean oneCore, Path warmup, Path text) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (oneCore) {
            command.addAll(List.of("taskset", "-c", "0"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-cp",
                System.getProperty("java.class.path"), ImportRounds.class.getName(), "--once", warmup.toString(), text.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains(RESULT)) {
            throw new IllegalStateException("The import JVM failed: " + String.join(" ", command) + "\n" + output);
        }
        String line = output.substring(output.indexOf(RESULT) + RESULT.length()).lines().findFirst().orElseThrow();
        return line.split(" ");
    }

    /** In the child JVM: imports the warm-up folder, then the text, timed, and prints the result line. */
    private static void once(Path warmup, Path text) throws IOException {
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        NewsSteps.defaults().forEach(steps::put);
        PreparedCleaning cleaning = Prepared.of(steps, NewsSteps.splitter(), Map.of());
        JiebaSegmenter segmenter = new JiebaSegmenter();
        Path stores = Files.createTempDirectory("import-rounds");
        try {
            importInto(stores.resolve("warmup"), warmup, cleaning, segmenter);
            long cpu = processCpuNanos();
            long started = System.nanoTime();
            CorpusInfo info = importInto(stores.resolve("text"), text, cleaning, segmenter);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "%s%.3f %.1f %,d %,d %,d%n", RESULT, seconds, cpuSeconds, info.documents(),
                    info.tokens(), info.types());
        } finally {
            deleteTree(stores);
        }
    }

    /** @return the CPU time of every thread of this JVM so far, garbage collection and compilation included */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** As an import in the workbench: a pool of as many threads as the JVM sees cores. */
    private static CorpusInfo importInto(Path store, Path text, PreparedCleaning cleaning, JiebaSegmenter segmenter) {
        return new ImportPipeline(new TextLoader(), "text", cleaning, segmenter, "jieba")
                .run(StoreFolder.repository(store, System.err::println), "bench", text, LoadOptions.DEFAULTS, Progress.NONE);
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

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
