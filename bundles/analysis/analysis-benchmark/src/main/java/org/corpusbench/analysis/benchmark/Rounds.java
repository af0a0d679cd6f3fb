package org.corpusbench.analysis.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.repository.internal.StoreFolder;

/**
 * One measuring JVM: {@code Rounds DIR ROUNDS CONTENDER...} opens the corpus and runs the full scan
 * and the named contenders interleaved: a warm-up round, then ROUNDS measured rounds, each running
 * every contender once, starting one later each round, after a garbage collection that is not
 * timed. Prints one line per run, then the table rows prefixed with {@value #ROW}.
 */
public final class Rounds {
    static final String ROW = "ROW ";

    private Rounds() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        CorpusView corpus = StoreFolder.open(folder, Benchmark.CORPUS, message -> System.out.println("store: " + message));
        System.out.printf("opened %,d tokens, %,d types, %,d documents in %s; max heap %,d MB%n", corpus.tokenCount(),
                corpus.lexicon().size(), corpus.documentCount(), Figures.duration(System.nanoTime() - started),
                Machine.maxHeapMegabytes());
        List<Contender> contenders = new ArrayList<>(List.of(Contenders.fullScan(corpus)));
        Contenders contenderSource = new Contenders(corpus);
        Arrays.stream(args, 2, args.length).forEach(name -> contenders.add(contenderSource.named(name)));

        List<Figures> figures = contenders.stream().map(Figures::new).toList();
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                int index = (i + round) % contenders.size();
                measure(round, contenders.get(index), round == 0 ? null : figures.get(index));
            }
        }
        long fullScan = figures.get(0).median();
        figures.forEach(f -> System.out.println(ROW + f.row(fullScan)));
    }

    private static void measure(int round, Contender contender, Figures figures) {
        System.gc();
        Machine.resetPeakHeap();
        long before = System.nanoTime();
        long checksum = contender.task().getAsLong();
        long duration = System.nanoTime() - before;
        long peakHeap = Machine.peakHeapMegabytes();
        System.out.printf("%s %-45s %10s  heap used after %,5d MB, peak %,5d MB  peak RSS %,6d MB  checksum %d%n",
                round == 0 ? "warm-up" : "round " + round, contender.name(), Figures.duration(duration),
                Machine.heapUsedMegabytes(), peakHeap, Machine.peakRssMegabytes(), checksum);
        if (figures != null) {
            figures.add(duration, peakHeap);
        }
    }
}
