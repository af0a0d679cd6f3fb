package org.corpusbench.analysis.frequency.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.DocumentSelection;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;
import org.corpusbench.api.analysis.Column;
import org.corpusbench.api.analysis.ColumnType;
import org.corpusbench.api.analysis.ResultTable;

/**
 * A word frequency list as AntConc's Word List computes it (Anthony, AntConc 4 manual, "Word"
 * tool): raw frequency of each word type in the selected documents, and its normalised frequency
 * per million word tokens, {@code count / N * 1,000,000}, where N counts word tokens only.
 * Word tokens are Chinese words, numbers and Latin words; punctuation, whitespace and symbols are
 * neither listed nor counted in N. Rows are ordered by count, then by word in code-point order;
 * ranks are row numbers.
 */
final class WordFrequency {
    static final List<Column> COLUMNS = List.of(new Column("rank", ColumnType.INTEGER),
            new Column("word", ColumnType.STRING), new Column("count", ColumnType.INTEGER),
            new Column("per_million", ColumnType.DECIMAL));
    private static final int CANCEL_CHECK_INTERVAL = 1 << 16;

    ResultTable compute(CorpusView corpus, DocumentSelection selection, long minCount, Progress progress) {
        Lexicon lexicon = corpus.lexicon();
        long[] counts = selection == DocumentSelection.ALL ? corpusCounts(lexicon) : countSelected(corpus, selection, progress);
        long words = 0;
        List<Integer> listed = new ArrayList<>();
        for (int type = 0; type < counts.length; type++) {
            if (lexicon.category(type).isWord() && counts[type] > 0) {
                words += counts[type];
                if (counts[type] >= minCount) {
                    listed.add(type);
                }
            }
        }
        listed.sort(Comparator.comparingLong((Integer type) -> -counts[type]).thenComparing(lexicon::type));
        double perMillion = words == 0 ? 0 : 1_000_000.0 / words;
        return new ResultTable(COLUMNS, IntStream.range(0, listed.size()).mapToObj(row -> {
            int type = listed.get(row);
            return List.<Object>of((long) row + 1, lexicon.type(type), counts[type], counts[type] * perMillion);
        }));
    }

    private static long[] corpusCounts(Lexicon lexicon) {
        long[] counts = new long[lexicon.size()];
        for (int type = 0; type < counts.length; type++) {
            counts[type] = lexicon.frequency(type);
        }
        return counts;
    }

    private static long[] countSelected(CorpusView corpus, DocumentSelection selection, Progress progress) {
        long[] counts = new long[corpus.lexicon().size()];
        for (int document = 0; document < corpus.documentCount(); document++) {
            if (!selection.contains(document)) {
                continue;
            }
            int end = corpus.documentStart(document + 1);
            for (int position = corpus.documentStart(document); position < end; position++) {
                counts[corpus.typeId(position)]++;
                if ((position & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
                    progress.checkCancelled();
                }
            }
            progress.report("counting", document + 1, corpus.documentCount());
        }
        return counts;
    }
}
