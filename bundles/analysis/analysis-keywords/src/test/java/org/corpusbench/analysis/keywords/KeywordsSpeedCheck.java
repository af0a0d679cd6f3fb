package org.corpusbench.analysis.keywords;

import static org.corpusbench.testing.SpeedChecks.scan;
import static org.corpusbench.testing.SpeedChecks.time;

import java.util.Arrays;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.CountedTypes;
import org.corpusbench.api.analysis.Reference;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.testing.ZipfCorpus;

/**
 * Not a test: times keyness of one half of a generated corpus (even documents) against the other
 * ({@code rest}), all rows read, next to a plain scan of the token stream (args: tokens,
 * vocabulary, rounds). The corpus itself takes 4 bytes a token of heap here (the store maps it
 * from a file), so run with e.g. {@code java -Xmx1400m ... KeywordsSpeedCheck 200000000 1600000 5}
 * for 200M tokens; the analysis's own arrays take about 20 bytes per type.
 */
public final class KeywordsSpeedCheck {
    private KeywordsSpeedCheck() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_600_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long built = System.nanoTime();
        ZipfCorpus corpus = new ZipfCorpus(tokens, words, 11);
        System.out.printf("corpus: %,d tokens, %,d documents, built in %.1f s%n", tokens, corpus.documentCount(),
                (System.nanoTime() - built) / 1e9);
        DocumentSelection half = new DocumentSelection("even", document -> document % 2 == 0);
        KeywordList list = new KeywordList(new KeywordList.Settings(CountedTypes.WORDS, StopwordList.NONE, 1, 0,
                Direction.POSITIVE, Measure.LOG_LIKELIHOOD_4TERM, 1, 0, Measure.LOG_LIKELIHOOD_4TERM, 1));
        double[] scan = new double[rounds];
        double[] keywords = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            scan[round] = time(() -> scan(corpus));
            long[] rows = new long[1];
            keywords[round] = time(() -> {
                try (ResultTable table = list.compute(corpus, half, new Reference.RestOfCorpus("rest"), Progress.NONE)) {
                    rows[0] = table.rows().count();
                }
            });
            System.out.printf("round %d: scan %.3f s, keywords %.3f s (%,d rows)%n", round + 1, scan[round], keywords[round],
                    rows[0]);
        }
        report("scan", scan);
        report("keywords", keywords);
    }

    private static void report(String name, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("%-9s median %.3f s  (%.3f .. %.3f)%n", name, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }

}
