package org.corpusbench.analysis.ngrams;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;

/**
 * Times all word bigrams with min_count 5 on a large generated corpus ({@link ArrayCorpus}); a
 * tool to run by hand, not a test, since durations depend on the machine. Arguments: tokens
 * (default 20M), word types (default 1.6M), rounds (default 3). Prints each round's wall and CPU time (the machine may be shared), the
 * rows listed and the machine load.
 */
public final class NGramSpeedCheck {
    private NGramSpeedCheck() {
    }

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_600_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long started = System.nanoTime();
        ArrayCorpus corpus = new ArrayCorpus(tokens, words, 42);
        System.out.printf("corpus: %,d tokens, %,d types, %,d sentences, generated in %.1f s, heap %,d MB%n", tokens,
                corpus.lexicon().size(), corpus.sentenceCount(), (System.nanoTime() - started) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        NGramCounter counter = new NGramCounter(Runtime.getRuntime().maxMemory() / 4);
        NGramOptions options = new NGramOptions(2, NGramOptions.Unit.WORDS, NGramOptions.Tokens.WORDS, 5, 1,
                org.corpusbench.api.analysis.StopwordList.NONE, NGramOptions.StopwordRule.ANY, NGramOptions.HitPosition.ANY);
        for (int round = 0; round < rounds; round++) {
            long scanStart = System.nanoTime();
            long[] sum = {0};
            DocumentSelection.ALL.forEachDocument(corpus, Progress.NONE, (document, from, to) -> {
                for (int position = from; position < to; position++) {
                    sum[0] += corpus.typeId(position);
                }
            });
            System.out.printf("round %d: full scan of the token stream %.2f s (sum %d)%n", round + 1,
                    (System.nanoTime() - scanStart) / 1e9, sum[0]);
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            long start = System.nanoTime();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long rows;
            long checksum = 0;
            try (ResultTable table = counter.count(corpus, DocumentSelection.ALL, options, null, Progress.NONE)) {
                var list = table.rows().toList();
                rows = list.size();
                for (var row : list) {
                    checksum = checksum * 31 + row.get(1).hashCode() * 17L + (Long) row.get(2) * 7 + (Long) row.get(3);
                }
            }
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
            System.out.printf("round %d: %.2f s wall, %.2f s cpu, %,d bigrams listed, checksum %x, load before %s%n",
                    round + 1, (System.nanoTime() - start) / 1e9, cpu / 1e9, rows, checksum, load);
        }
    }
}
