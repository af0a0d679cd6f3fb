package org.corpusbench.analysis.keywords;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.Progress;

/** Turns sorted word ids into rows as they are read: measures and p-values of the shown rows only. */
final class KeywordRows extends Spliterators.AbstractSpliterator<List<Object>> {
    /** The tests whose p-values are shown, in column order. */
    static final List<Measure> TESTS = List.of(Measure.LOG_LIKELIHOOD, Measure.LOG_LIKELIHOOD_4TERM,
            Measure.CHI_SQUARED, Measure.CHI_SQUARED_YATES);
    private static final int REPORT_INTERVAL = 1 << 12;

    private final Lexicon lexicon;
    private final KeywordCounts counts;
    private final int[] order;
    private final double k;
    private final Progress progress;
    private int next;

    KeywordRows(Lexicon lexicon, KeywordCounts counts, int[] order, double k, Progress progress) {
        super(order.length, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED);
        this.lexicon = lexicon;
        this.counts = counts;
        this.order = order;
        this.k = k;
        this.progress = progress;
    }

    Stream<List<Object>> stream() {
        return StreamSupport.stream(this, false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super List<Object>> action) {
        if (next == order.length) {
            return false;
        }
        if ((next & (REPORT_INTERVAL - 1)) == 0) {
            progress.checkCancelled();
            progress.report("listing keywords", next, order.length);
        }
        int id = order[next++];
        int types = counts.counted.length;
        String word = id < types ? lexicon.type(id) : counts.absentWords.get(id - types);
        long a = id < types ? counts.target[id] : 0;
        long b = id < types ? counts.reference[id] : counts.absentCounts[id - types];
        double c = counts.targetTokens;
        double d = counts.referenceTokens;
        action.accept(KeywordList.row(next, word, a, b, c, d, k));
        return true;
    }
}
