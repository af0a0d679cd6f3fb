package org.corpusbench.analysis.ngrams;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.Spread;
import org.corpusbench.testing.ZipfCorpus;

/**
 * Times all word bigrams with min_count 5 on a large generated corpus ({@link ZipfCorpus}); a
 * tool to run by hand, not a test, since durations depend on the machine. Arguments: tokens
 * (default 20M), word types (default 1.6M), rounds (default 3). Each round times, interleaved, a
 * full scan of the token stream, the hash-table path and the first-token path on one thread and on
 * as many as it would use, printing wall and process CPU time (the machine may be shared), the rows listed, a checksum of the rows and the machine
 * load; the end prints each contender's median wall time with its spread and its ratio to the
 * median scan.
 */
public final class NGramSpeedCheck {
    /** CPU time of all threads (the first-token path uses several), garbage collection included. */
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private NGramSpeedCheck() {
    }

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_600_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long started = System.nanoTime();
        ZipfCorpus corpus = new ZipfCorpus(tokens, words, 42);
        System.out.printf("corpus: %,d tokens, %,d types, %,d sentences, generated in %.1f s, heap %,d MB%n", tokens,
                corpus.lexicon().size(), corpus.sentenceCount(), (System.nanoTime() - started) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        long budget = Runtime.getRuntime().maxMemory() / 3;
        NGramCounter[] contenders = {new NGramCounter(budget, false), new NGramCounter(budget, true, 1),
                new NGramCounter(budget, true)};
        String[] names = {"hash table", "first token, 1 thread",
                "first token, " + contenders[2].firstTokenThreads(corpus) + " threads"};
        NGramOptions options = new NGramOptions(2, NGramOptions.Unit.WORDS, NGramOptions.Tokens.WORDS, 5, 1,
                StopwordList.NONE, NGramOptions.StopwordRule.ANY, NGramOptions.HitPosition.ANY);
        double[] scans = new double[rounds];
        double[][] walls = new double[contenders.length][rounds];
        for (int round = 0; round < rounds; round++) {
            long scanStart = System.nanoTime();
            long[] sum = {0};
            DocumentSelection.ALL.forEachDocument(corpus, Progress.NONE, (document, from, to) -> {
                for (int position = from; position < to; position++) {
                    sum[0] += corpus.typeId(position);
                }
            });
            scans[round] = (System.nanoTime() - scanStart) / 1e9;
            System.out.printf("round %d: full scan of the token stream %.2f s (sum %d)%n", round + 1, scans[round], sum[0]);
            for (int c = 0; c < contenders.length; c++) {
                String load = Files.readString(Path.of("/proc/loadavg")).strip();
                long start = System.nanoTime();
                long cpuStart = PROCESS.getProcessCpuTime();
                long rows;
                long checksum = 0;
                try (ResultTable table = contenders[c].count(corpus, DocumentSelection.ALL, options, null, Progress.NONE)) {
                    var list = table.rows().toList();
                    rows = list.size();
                    for (var row : list) {
                        checksum = checksum * 31 + row.get(1).hashCode() * 17L + (Long) row.get(2) * 7 + (Long) row.get(3);
                    }
                }
                long cpu = PROCESS.getProcessCpuTime() - cpuStart;
                walls[c][round] = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d, %s: %.2f s wall, %.2f s cpu, %,d bigrams listed, checksum %x, load before %s%n",
                        round + 1, names[c], walls[c][round], cpu / 1e9, rows, checksum, load);
            }
        }
        double scan = Spread.median(scans);
        System.out.printf("full scan: median %.3f s (%.3f-%.3f)%n", scan, Spread.min(scans), Spread.max(scans));
        for (int c = 0; c < contenders.length; c++) {
            double median = Spread.median(walls[c]);
            System.out.printf("%s: median %.2f s wall (%.2f-%.2f), %.0fx the full scan%n", names[c], median, Spread.min(walls[c]),
                    Spread.max(walls[c]), median / scan);
        }
    }
}
