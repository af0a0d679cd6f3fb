package org.corpusbench.jieba.engine;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corpusbench.api.TokenSink;
import org.corpusbench.api.TokenType;
import org.corpusbench.testing.NewspaperText;

/**
 * The segmentation benchmark (not a test; run by -Pbenchmark): in one JVM, rounds that run every
 * contender once in the same order, after warm-up rounds, so a slower minute of this shared machine
 * hits all of them; it prints each contender's median and range and, as the headline, the ratio of
 * our engine to each other contender within each round. Then our engine on 2 threads against 1 the
 * same way, and Python jieba 0.42.1 as a separate process on the real pages.
 */
public final class SegmentationRounds {
    private static final String DICTIONARY = "/org/corpusbench/jieba/engine/dict.txt";
    /** About as long as a pass of our engine over the input takes here. */
    private static final long ARITHMETIC_STEPS = 40_000_000L;

    private SegmentationRounds() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = Integer.getInteger("benchmark.warmups", 3);
        int rounds = Integer.getInteger("benchmark.rounds", 9);
        List<String> pages = NewspaperText.realPages(Path.of(System.getProperty("corpusbench.seeds", "../../../seeds")),
                Path.of(System.getProperty("corpusbench.pages", "../../clean/cleaning-newspaper/src/test/resources/pages")));
        String real = String.join("\n", pages);
        String text = real + "\n" + NewspaperText.generated(pages, 3_000_000, 14);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        double megabytes = utf8.length / 1e6;
        System.out.println(Machine.describe());
        System.out.printf("Input: %d real newspaper pages (seeds and cleaning fixtures, %.2f MB) and %.2f MB generated from them"
                + " by a seeded character trigram chain: %.2f MB of UTF-8, %,d lines, segmented line by line.%n",
                pages.size(), real.getBytes(StandardCharsets.UTF_8).length / 1e6,
                megabytes - real.getBytes(StandardCharsets.UTF_8).length / 1e6, megabytes, lines.length);

        Jieba ours = new Jieba();
        ours.segment("预热");
        com.huaban.analysis.jieba.JiebaSegmenter jiebaAnalysis = quietly(com.huaban.analysis.jieba.JiebaSegmenter::new);
        NaiveForwardMaximumMatch naive = new NaiveForwardMaximumMatch(Jieba.class.getResourceAsStream(DICTIONARY));

        Map<String, Rounds.Contender> contenders = new LinkedHashMap<>();
        contenders.put("read+decode (UTF-8 bytes to String)", new Rounds.Contender(40, () -> new String(utf8, StandardCharsets.UTF_8).length()));
        contenders.put("jieba (ours), TokenSink", new Rounds.Contender(4, () -> segmentWithSink(ours, lines, 0, 1)));
        contenders.put("jieba (ours), List<Token>", new Rounds.Contender(3, () -> {
            int tokens = 0;
            for (String line : lines) {
                tokens += ours.segment(line).size();
            }
            return tokens;
        }));
        contenders.put("jieba-analysis 1.0.2, SEARCH", new Rounds.Contender(1, () -> {
            int tokens = 0;
            for (String line : lines) {
                tokens += jiebaAnalysis.process(line, SegMode.SEARCH).size();
            }
            return tokens;
        }));
        contenders.put("naive forward maximum match", new Rounds.Contender(2, () -> {
            int tokens = 0;
            for (String line : lines) {
                tokens += naive.countTokens(line);
            }
            return tokens;
        }));
        System.out.printf("%nSegmentation, 1 thread: %d warm-up rounds, then %d rounds of every contender in this order (each round runs read+decode 40 times over the input, ours with the sink 4, ours with lists 3, the naive match 2, jieba-analysis once)%n", warmUps, rounds);
        Rounds single = Rounds.run(contenders, megabytes, warmUps, rounds);
        single.printRates();
        single.printRatio("jieba (ours), TokenSink", "jieba-analysis 1.0.2, SEARCH", 7.0);
        single.printRatio("jieba (ours), TokenSink", "naive forward maximum match", 0.7);
        single.printRatio("jieba (ours), List<Token>", "jieba-analysis 1.0.2, SEARCH", 7.0);
        single.printRatio("jieba (ours), List<Token>", "naive forward maximum match", 0.7);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Rounds.Contender> threads = new LinkedHashMap<>();
        threads.put("jieba (ours), TokenSink, 1 thread", new Rounds.Contender(4, () -> segmentWithSink(ours, lines, 0, 1)));
        threads.put("jieba (ours), TokenSink, 2 threads, one engine",
                new Rounds.Contender(4, () -> onTwoThreads(pool, half -> segmentWithSink(ours, lines, half, 2))));
        // What this machine gives a second thread at all: work that touches no memory, split in two.
        threads.put("yardstick: arithmetic loop, 1 thread", new Rounds.Contender(4, () -> arithmetic(ARITHMETIC_STEPS)));
        threads.put("yardstick: arithmetic loop, 2 threads", new Rounds.Contender(4, () -> onTwoThreads(pool, half -> arithmetic(ARITHMETIC_STEPS / 2))));
        System.out.printf("%nThreads: %d warm-up rounds, then %d rounds of 1 thread and 2 threads (alternate lines each), 4 passes over the input each;"
                + " then the same for a loop of arithmetic (its MB/s column counts fixed amounts of work, not megabytes)%n", warmUps, rounds);
        Rounds parallel = Rounds.run(threads, megabytes, warmUps, rounds);
        pool.shutdown();
        parallel.printRates();
        parallel.printRatio("jieba (ours), TokenSink, 2 threads, one engine", "jieba (ours), TokenSink, 1 thread", 1.8);
        parallel.printRatioPerCpuSecond("jieba (ours), TokenSink, 2 threads, one engine", "jieba (ours), TokenSink, 1 thread");
        parallel.printRatio("yardstick: arithmetic loop, 2 threads", "yardstick: arithmetic loop, 1 thread", 1.8);
        parallel.printRatioPerCpuSecond("yardstick: arithmetic loop, 2 threads", "yardstick: arithmetic loop, 1 thread");

        String slice = text.substring(0, text.lastIndexOf('\n', real.length() + 370_000 / 3));
        PythonJieba.compare(slice, () -> segmentWithSink(ours, slice.split("\n"), 0, 1));
        System.out.println("checksum " + (single.checksum() + parallel.checksum()));
    }

    /** @return the sum of what the task returns for 0 and for 1, run at once on the pool's two threads */
    private static int onTwoThreads(ExecutorService pool, java.util.function.IntUnaryOperator task) {
        List<Future<Integer>> halves = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int which = half;
            halves.add(pool.submit(() -> task.applyAsInt(which)));
        }
        int sum = 0;
        for (Future<Integer> done : halves) {
            sum += join(done);
        }
        return sum;
    }

    /** @return the end of a xorshift chain: a core's arithmetic, no memory */
    private static int arithmetic(long steps) {
        long x = steps | 1;
        for (long i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return (int) x;
    }

    /** @return tokens times their type's ordinal, summed, over every step-th line from the first */
    private static int segmentWithSink(Jieba segmenter, String[] lines, int first, int step) {
        TokenCounter counter = new TokenCounter();
        for (int i = first; i < lines.length; i += step) {
            segmenter.segment(lines[i], counter);
        }
        return counter.sum;
    }

    /** Keeps what it is given alive for the JIT without making anything. */
    private static final class TokenCounter implements TokenSink {
        int sum;

        @Override
        public void token(int start, int end, int charStart, int charEnd, TokenType type) {
            sum += 1 + type.ordinal();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** jieba-analysis prints its load times to stdout. */
    private static <T> T quietly(java.util.function.Supplier<T> load) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(PrintStream.nullOutputStream()));
        try {
            return load.get();
        } finally {
            System.setOut(out);
        }
    }

    /** The date, machine and runtime the figures belong to. */
    static final class Machine {
        private Machine() {
        }

        static String describe() throws java.io.IOException {
            String cpu = java.nio.file.Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
            String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
            return String.format("%s; %s, %d cores (availableProcessors), %s %s, Java %s; load average before the run: %s",
                    ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME), cpu, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"), load);
        }
    }
}
