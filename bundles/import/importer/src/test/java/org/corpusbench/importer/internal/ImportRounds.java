package org.corpusbench.importer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.corpusbench.testing.NewspaperText;

/**
 * The import benchmark (not a test): the whole path of {@code corpus:load} on a folder of text
 * files (read, detect and decode, clean, split, segment with {@code jieba}, store, commit) on 1 and
 * on 2 threads, rounds interleaved and their order alternating, after warm-up rounds; each run
 * stores a new corpus and deletes it. Prints each run, then per contender the median and range in
 * MB/s, and the ratio of 2 threads to 1 per round with its median and range.
 *
 * <p>{@code ImportRounds FOLDER}: the text is made in FOLDER if it holds no {@code .txt} file: the
 * seed pages, the cleaning fixtures' pages, and newspaper-like text generated from them
 * ({@link NewspaperText}) cut into pages of about 16 KB, {@code -Dbenchmark.megabytes} in all
 * (default 200). {@code -Dbenchmark.warmups} (default 1) and {@code -Dbenchmark.rounds} (default 3).
 */
public final class ImportRounds {
    private static final int PAGE_BYTES = 16_000;
    private static final int GENERATED_PER_SEED = 4_000_000;

    private ImportRounds() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int warmups = Integer.getInteger("benchmark.warmups", 1);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        long bytes = ensureText(folder, Integer.getInteger("benchmark.megabytes", 200) * 1_000_000L);
        Map<String, CleaningStep> steps = new LinkedHashMap<>();
        NewsSteps.defaults().forEach(steps::put);
        PreparedCleaning cleaning = Prepared.of(steps, NewsSteps.splitter(), Map.of());
        JiebaSegmenter segmenter = new JiebaSegmenter();
        segmenter.segment("聊城"); // load the dictionary outside the timing
        Path stores = Files.createTempDirectory("import-rounds");
        System.out.printf("Import benchmark, %s, %d cores, Java %s, max heap %,d MB%n",
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("Input: %s, %,d files, %.1f MB; %d warm-up rounds, %d rounds, 1 and 2 threads alternating%n",
                folder, countFiles(folder), bytes / 1e6, warmups, rounds);
        int[] threads = {1, 2};
        double[][] rates = new double[threads.length][rounds];
        double[] ratios = new double[rounds];
        for (int round = -warmups; round < rounds; round++) {
            double[] rate = new double[threads.length];
            for (int i = 0; i < threads.length; i++) {
                int which = Math.floorMod(round, 2) == 0 ? i : threads.length - 1 - i;
                Path store = stores.resolve("round" + (round + warmups) + "-" + threads[which]);
                long started = System.nanoTime();
                CorpusInfo info = new ImportPipeline(new TextLoader(), "text", cleaning, segmenter, "jieba", threads[which])
                        .run(StoreFolder.repository(store, System.err::println), "bench", folder, LoadOptions.DEFAULTS,
                                Progress.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                rate[which] = bytes / 1e6 / seconds;
                System.out.printf("%s %d, %d thread%s: %,d documents, %,d tokens, %,d types in %.2f s, %.2f MB/s%n",
                        round < 0 ? "warm-up" : "round", round < 0 ? round + warmups + 1 : round + 1, threads[which],
                        threads[which] == 1 ? "" : "s", info.documents(), info.tokens(), info.types(), seconds, rate[which]);
                deleteTree(store);
            }
            if (round >= 0) {
                for (int i = 0; i < threads.length; i++) {
                    rates[i][round] = rate[i];
                }
                ratios[round] = rate[1] / rate[0];
            }
        }
        deleteTree(stores);
        System.out.println();
        System.out.println("| what | median | range over rounds |");
        System.out.println("|---|---:|---:|");
        for (int i = 0; i < threads.length; i++) {
            System.out.printf("| whole import, %d thread%s | %.2f MB/s | %.2f-%.2f MB/s |%n", threads[i],
                    threads[i] == 1 ? "" : "s", median(rates[i]), min(rates[i]), max(rates[i]));
        }
        System.out.printf("| ratio 2 threads / 1 thread, per round | %.2fx | %.2f-%.2fx |%n", median(ratios), min(ratios),
                max(ratios));
    }

    /** @return the bytes of the folder's .txt files, after writing them if there were none */
    private static long ensureText(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        if (countFiles(folder) == 0) {
            List<String> pages = NewspaperText.realPages(Path.of(System.getProperty("corpusbench.seeds", "../../../seeds")),
                    Path.of(System.getProperty("corpusbench.pages", "../../clean/cleaning-newspaper/src/test/resources/pages")));
            long written = 0;
            int file = 0;
            for (String page : pages) {
                written += write(folder, file++, page);
            }
            for (long seed = 1; written < bytes; seed++) {
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
