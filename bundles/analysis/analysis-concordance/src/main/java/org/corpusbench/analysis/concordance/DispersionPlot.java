package org.corpusbench.analysis.concordance;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;
import org.corpusbench.api.query.Hits;

/**
 * The data of a dispersion plot as AntConc's Concordance Plot tool draws it (Anthony 2022): one
 * row per document with at least one hit, in corpus order, with its size in tokens, its hits, its
 * hits per 1,000 tokens and where each hit starts, as {@code (start - documentStart) / tokens},
 * a fraction in [0, 1) rounded half up to 6 decimals, the list separated by spaces. A plot draws a
 * bar per document and a tick per position; a CSV or JSON export keeps one document per row.
 */
public final class DispersionPlot {
    /** The columns. */
    public static final List<Column> COLUMNS = List.of(new Column("document", ColumnType.STRING),
            new Column("tokens", ColumnType.INTEGER), new Column("hits", ColumnType.INTEGER),
            new Column("per_thousand", ColumnType.DECIMAL), new Column("positions", ColumnType.STRING));
    private static final long MICROS = 1_000_000;

    private DispersionPlot() {
    }

    /**
     * @param corpus the corpus the hits come from
     * @param hits the hits, in corpus order
     * @return the plot's rows, computed as they are read
     */
    public static ResultTable of(CorpusView corpus, Hits hits) {
        int[] runStarts = documentRuns(corpus, hits);
        return new ResultTable(COLUMNS, IntStream.range(0, runStarts.length).mapToObj(run -> {
            int first = runStarts[run];
            int last = run + 1 < runStarts.length ? runStarts[run + 1] : hits.size();
            int document = corpus.documentOf(hits.start(first));
            int from = corpus.documentStart(document);
            long tokens = corpus.documentStart(document + 1) - from;
            StringBuilder positions = new StringBuilder();
            for (int hit = first; hit < last; hit++) {
                positions.append(hit > first ? " " : "").append(fraction(hits.start(hit) - from, tokens));
            }
            return List.<Object>of(corpus.documentId(document), tokens, (long) (last - first),
                    (last - first) * 1000.0 / tokens, positions.toString());
        }));
    }

    /** @return the first hit of each document with hits: one int per such document, not per hit */
    private static int[] documentRuns(CorpusView corpus, Hits hits) {
        DocumentCursor documents = new DocumentCursor(corpus);
        int[] runStarts = new int[Math.min(hits.size(), corpus.documentCount())];
        int runs = 0;
        for (int hit = 0; hit < hits.size(); hit++) {
            if (hit == 0 || !documents.moveTo(hits.start(hit - 1)).contains(hits.start(hit))) {
                runStarts[runs++] = hit;
            }
        }
        return Arrays.copyOf(runStarts, runs);
    }

    /** Rounded in integers, so the digits are exact and the same on every platform. */
    static String fraction(long offset, long tokens) {
        long micros = (offset * 2 * MICROS + tokens) / (2 * tokens);
        String digits = Long.toString(micros % MICROS);
        return micros / MICROS + "." + "0".repeat(6 - digits.length()) + digits;
    }
}
