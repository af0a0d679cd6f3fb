package org.corpusbench.analysis.collocates;

import static org.corpusbench.testing.SpeedChecks.loadavg;
import static org.corpusbench.testing.SpeedChecks.scan;
import static org.corpusbench.testing.SpeedChecks.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusbench.analysis.collocates.internal.CollocatesAnalysis;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.ParameterSpec;
import org.corpusbench.api.analysis.Parameters;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.analysis.StopwordList;
import org.corpusbench.api.query.MatchStrategy;
import org.corpusbench.api.query.QueryService;
import org.corpusbench.query.internal.CqlQueryService;
import org.corpusbench.testing.ZipfCorpus;

/**
 * Not a test: times the collocates of the word whose frequency is nearest a million (5/5 window,
 * every default, every row read or the first 50) on a generated corpus (args: tokens, vocabulary, rounds), next to
 * the query alone and a plain scan of the token stream; medians and ranges over the rounds, and a
 * selection of half the documents. Run with e.g.
 * {@code java -Xmx2g -cp target/test-classes:target/classes:... CollocatesSpeedCheck 100000000 1600000 5}.
 */
public final class CollocatesSpeedCheck {
    private CollocatesSpeedCheck() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 50_000_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 1_600_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long built = System.nanoTime();
        ZipfCorpus corpus = new ZipfCorpus(tokens, words, 11);
        int node = 0;
        for (int type = 0; type < words; type++) {
            if (Math.abs(corpus.lexicon().frequency(type) - 1_000_000) < Math.abs(corpus.lexicon().frequency(node) - 1_000_000)) {
                node = type;
            }
        }
        String query = "\"" + corpus.lexicon().type(node) + "\"";
        System.out.printf("corpus: %,d tokens built in %.1f s; node %s with %,d hits%n", tokens,
                (System.nanoTime() - built) / 1e9, query, corpus.lexicon().frequency(node));
        QueryService queries = new CqlQueryService();
        CollocatesAnalysis analysis = new CollocatesAnalysis(queries);
        DocumentSelection half = new DocumentSelection("even", document -> document % 2 == 0);
        String[] names = {"scan", "query only", "collocates", "collocates, half", "first 50 rows"};
        double[][] seconds = new double[names.length][rounds];
        long[] rows = new long[1];
        for (int round = 0; round < rounds; round++) {
            seconds[0][round] = time(() -> scan(corpus));
            seconds[1][round] = time(() -> queries.search(corpus, DocumentSelection.ALL, query, MatchStrategy.STANDARD,
                    Progress.NONE).size());
            seconds[2][round] = time(() -> rows[0] = drain(analysis, corpus, DocumentSelection.ALL, query, Long.MAX_VALUE));
            seconds[3][round] = time(() -> drain(analysis, corpus, half, query, Long.MAX_VALUE));
            seconds[4][round] = time(() -> drain(analysis, corpus, DocumentSelection.ALL, query, 50));
            System.out.printf("round %d: %s rows %,d (loadavg %s)%n", round + 1, column(seconds, round), rows[0], loadavg());
        }
        for (int i = 0; i < names.length; i++) {
            double[] sorted = seconds[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%-17s median %.3f s  (%.3f .. %.3f)%n", names[i], sorted[rounds / 2], sorted[0], sorted[rounds - 1]);
        }
    }

    private static long drain(CollocatesAnalysis analysis, ZipfCorpus corpus, DocumentSelection selection, String query,
            long limit) {
        Map<String, Object> values = new HashMap<>();
        for (ParameterSpec spec : analysis.parameters()) {
            String text = spec.defaultValue();
            values.put(spec.name(), switch (spec.type()) {
                case INTEGER -> Long.valueOf(text);
                case BOOLEAN -> Boolean.valueOf(text);
                case STOPWORDS -> StopwordList.NONE;
                default -> text == null ? query : text;
            });
        }
        try (ResultTable table = analysis.run(corpus, selection, Parameters.of(values), Progress.NONE)) {
            return table.rows().limit(limit).mapToLong(List::hashCode).filter(hash -> hash != 0).count();
        }
    }

    private static String column(double[][] seconds, int round) {
        return Arrays.toString(Arrays.stream(seconds).mapToDouble(row -> Math.round(row[round] * 1000) / 1000.0).toArray());
    }

}
