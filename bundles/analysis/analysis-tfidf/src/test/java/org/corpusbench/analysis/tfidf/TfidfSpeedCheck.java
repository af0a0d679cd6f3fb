package org.corpusbench.analysis.tfidf;

import static org.corpusbench.testing.SpeedChecks.loadavg;
import static org.corpusbench.testing.SpeedChecks.scan;

import java.util.Arrays;
import java.util.Map;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.ForwardingCorpusView;
import org.corpusbench.testing.ZipfCorpus;

/**
 * Not a test: times TF-IDF keywords for every document of a generated corpus (args: tokens,
 * vocabulary, rounds; documents of 2,000 tokens, so 200M tokens are 100,000 documents), every row
 * read, with the default raw/smooth, log/plain and relative/jieba, next to a plain scan of the token
 * stream; each run's wall-clock and CPU time. Run with e.g.
 * {@code java -Xmx2g -cp target/test-classes:target/classes:... TfidfSpeedCheck 100000000 1000000 5}.
 */
public final class TfidfSpeedCheck {
    private TfidfSpeedCheck() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 50_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long built = System.nanoTime();
        CorpusView corpus = new WithIds(new ZipfCorpus(tokens, words, 11));
        System.out.printf("corpus: %,d tokens, %,d documents, built in %.1f s%n", tokens, corpus.documentCount(),
                (System.nanoTime() - built) / 1e9);
        JiebaIdf jieba = JiebaIdf.load();
        String[] names = {"scan", "raw/smooth", "log/plain", "relative/jieba"};
        double[][] seconds = new double[names.length][rounds];
        long[] rows = new long[names.length];
        for (int round = 0; round < rounds; round++) {
            seconds[0][round] = time(() -> scan(corpus));
            seconds[1][round] = time(() -> rows[1] = rows(corpus, TfidfOptions.of(TfVariant.RAW, IdfVariant.SMOOTH, 10), jieba));
            seconds[2][round] = time(() -> rows[2] = rows(corpus, TfidfOptions.of(TfVariant.LOG, IdfVariant.PLAIN, 10), jieba));
            seconds[3][round] = time(() -> rows[3] = rows(corpus, TfidfOptions.of(TfVariant.RELATIVE, IdfVariant.JIEBA, 10), jieba));
            System.out.printf("round %d: %s  (loadavg %s)%n", round + 1, Arrays.toString(column(seconds, round)), loadavg());
        }
        for (int i = 0; i < names.length; i++) {
            double[] sorted = seconds[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%-15s median %.3f s  (%.3f .. %.3f)  rows %,d%n", names[i], sorted[rounds / 2], sorted[0],
                    sorted[rounds - 1], rows[i]);
        }
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long rows(CorpusView corpus, TfidfOptions options, JiebaIdf jieba) {
        try (ResultTable table = new TfidfKeywords(options, () -> jieba).compute(corpus, DocumentSelection.ALL, Progress.NONE)) {
            return table.rows().mapToLong(row -> row.hashCode() == 0 ? 2 : 1).sum();
        }
    }

    private static double[] column(double[][] seconds, int round) {
        return Arrays.stream(seconds).mapToDouble(row -> Math.round(row[round] * 1000) / 1000.0).toArray();
    }

    /** Wall-clock seconds; the thread's CPU seconds are printed too, as other work on the machine inflates the first. */
    private static double time(Runnable task) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        task.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %.3f s wall, %.3f s CPU%n", seconds, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        return seconds;
    }

    /** The generated corpus with document ids and empty metadata, as the store keeps them in a side file. */
    private static final class WithIds extends ForwardingCorpusView {
        WithIds(ZipfCorpus corpus) {
            super(corpus);
        }

        @Override
        public String documentId(int index) {
            return "d" + index;
        }

        @Override
        public Map<String, String> metadata(int index) {
            return Map.of();
        }
    }
}
