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
 * timed. Prints one line per run, then the table rows prefixed with {@value #ROW} and a note on
 * memory prefixed with {@value #NOTE}.
 */
public final class Rounds {
    static final String ROW = "ROW ";
    static final String NOTE = "NOTE ";

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
                if (figures.get(index).failure() == null) {
                    measure(round, contenders.get(index), figures.get(index), round > 0);
                }
            }
        }
        long fullScan = figures.get(0).median();
        figures.forEach(f -> System.out.println(ROW + f.row(fullScan)));
        System.out.printf("%sJVM with max heap %,d MB: peak RSS %,d MB (VmHWM; it counts the pages of the mapped corpus "
                + "files that were read, which the kernel can drop at will)%n", NOTE, Machine.maxHeapMegabytes(),
                Machine.peakRssMegabytes());
    }

    /** Runs the contender once; a failure (an analysis that runs out of heap, say) is reported in its row, not thrown. */
    private static void measure(int round, Contender contender, Figures figures, boolean counted) {
        System.gc();
        Machine.resetPeakHeap();
        long before = System.nanoTime();
        long checksum;
        try {
            checksum = contender.task().getAsLong();
        } catch (RuntimeException | OutOfMemoryError e) {
            figures.fail(e);
            System.out.printf("round %d %s failed after %s: %s%n", round, contender.name(),
                    Figures.duration(System.nanoTime() - before), e);
            return;
        }
        long duration = System.nanoTime() - before;
        long peakHeap = Machine.peakHeapMegabytes();
        System.out.printf("%s %-45s %10s  heap used after %,5d MB, peak %,5d MB  peak RSS %,6d MB  checksum %d%n",
                round == 0 ? "warm-up" : "round " + round, contender.name(), Figures.duration(duration),
                Machine.heapUsedMegabytes(), peakHeap, Machine.peakRssMegabytes(), checksum);
        if (counted) {
            figures.add(duration, peakHeap);
        }
    }
}
