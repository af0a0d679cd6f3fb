package org.corpusbench.analysis.frequency;

import static org.corpusbench.testing.SpeedChecks.loadavg;
import static org.corpusbench.testing.SpeedChecks.scan;
import static org.corpusbench.testing.SpeedChecks.time;

import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.testing.ZipfCorpus;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;

/**
 * Not a test: times the frequency list on a generated corpus (args: tokens, vocabulary, rounds),
 * top 20 and the full list, the full list also with every decimal formatted as the CSV exporter
 * does. Reports medians and ranges over the rounds next to a plain scan of the token stream.
 * Run with e.g. {@code java -Xmx2g -cp target/test-classes:target/classes:... FrequencySpeedCheck 50000000 1600000 5}.
 */
public final class FrequencySpeedCheck {
    private FrequencySpeedCheck() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 50_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_600_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long built = System.nanoTime();
        ZipfCorpus corpus = new ZipfCorpus(tokens, words, 11);
        long seen = 0;
        for (int type = 0; type < words; type++) {
            seen += corpus.lexicon().frequency(type) > 0 ? 1 : 0;
        }
        System.out.printf("corpus: %,d tokens, %,d word types seen, built in %.1f s%n", tokens, seen,
                (System.nanoTime() - built) / 1e9);
        DocumentSelection half = new DocumentSelection("even", document -> document % 2 == 0);
        String[] names = {"scan", "top20", "full", "full+csv", "half full", "pass only", "pass 1 thread"};
        double[][] seconds = new double[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            seconds[0][round] = time(() -> scan(corpus));
            seconds[1][round] = time(() -> rows(corpus, DocumentSelection.ALL, 20, false));
            seconds[2][round] = time(() -> rows(corpus, DocumentSelection.ALL, Long.MAX_VALUE, false));
            seconds[3][round] = time(() -> rows(corpus, DocumentSelection.ALL, Long.MAX_VALUE, true));
            seconds[4][round] = time(() -> rows(corpus, half, Long.MAX_VALUE, false));
            seconds[5][round] = time(() -> pass(corpus, 0));
            seconds[6][round] = time(() -> pass(corpus, 1));
            System.out.printf("round %d: %s  (loadavg %s)%n", round + 1, Arrays.toString(column(seconds, round)), loadavg());
        }
        for (int i = 0; i < names.length; i++) {
            double[] sorted = seconds[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%-10s median %.3f s  (%.3f .. %.3f)%n", names[i], sorted[rounds / 2], sorted[0],
                    sorted[rounds - 1]);
        }
    }

    private static double[] column(double[][] seconds, int round) {
        return Arrays.stream(seconds).mapToDouble(row -> Math.round(row[round] * 1000) / 1000.0).toArray();
    }

    /** The pass alone, on the threads it picks itself (0) or on a given number. */
    private static DispersionPass pass(ZipfCorpus corpus, int threads) {
        CountedSelection counted = CountedSelection.of(corpus, DocumentSelection.ALL, CountedTypes.WORDS, Progress.NONE);
        return threads == 0 ? DispersionPass.run(corpus, DocumentSelection.ALL, counted, Progress.NONE)
                : DispersionPass.run(corpus, DocumentSelection.ALL, counted, Progress.NONE, threads);
    }

    private static long rows(ZipfCorpus corpus, DocumentSelection selection, long limit, boolean format) {
        try (ResultTable table = new FrequencyList(CountedTypes.WORDS, StopwordList.NONE, 1, 1).compute(corpus, selection,
                Progress.NONE)) {
            return table.rows().limit(limit).mapToLong(row -> format ? formatted(row) : row.size()).sum();
        }
    }

    /** As the CSV exporter writes a row's numbers, so the cost of formatting shows. */
    private static long formatted(List<Object> row) {
        long length = 0;
        for (Object cell : row) {
            length += cell instanceof Double d
                    ? (d.isNaN() || d.isInfinite() ? d.toString()
                            : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()).length()
                    : String.valueOf(cell).length();
        }
        return length;
    }
}
