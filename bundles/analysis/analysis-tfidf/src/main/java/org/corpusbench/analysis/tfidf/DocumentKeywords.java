package org.corpusbench.analysis.tfidf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corpusbench.api.newspaper.ArticleMetadata;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Lexicon;

/**
 * One document's keywords at a time, for {@link TfidfKeywords}: counts its types into a per-type
 * array (cleared again afterwards through the list of types it touched) and keeps the best words in
 * a bounded min-heap whose root is the worst kept word. Not thread-safe: one per computation.
 */
final class DocumentKeywords {
    private final CorpusView corpus;
    private final Lexicon lexicon;
    private final TfidfOptions options;
    private final int[] df;
    private final double[] idf;
    /**
     * Per type t, at 2t its count in the current document (0 between documents, -1 for types not
     * counted) and at 2t + 1 the bits of its idf (NaN if not listed): scoring a word then reads the
     * cache line that counting it has just brought in, rather than missing again in an idf array.
     */
    private final long[] cells;
    private int[] touched = new int[64];
    /** ln(count) by count, grown as documents need, so no logarithm is computed per word. */
    private double[] logs = {Double.NaN};
    private final int[] heapType;
    private final double[] heapScore;
    /** Ranks of the heap's words, {@link #UNKNOWN} until a tie needs one. */
    private final int[] heapRank;
    private static final int UNKNOWN = -1;
    private int heapSize;

    /**
     * @param state each type's {@link TfidfKeywords#SKIPPED} or {@link TfidfKeywords#COUNTED}
     * @param idf each listed type's idf, NaN for the others
     */
    DocumentKeywords(CorpusView corpus, TfidfOptions options, byte[] state, int[] df, double[] idf) {
        this.corpus = corpus;
        this.lexicon = corpus.lexicon();
        this.options = options;
        this.df = df;
        this.idf = idf;
        cells = new long[2 * state.length];
        for (int type = 0; type < state.length; type++) {
            cells[2 * type] = state[type] == TfidfKeywords.SKIPPED ? -1 : 0;
            cells[2 * type + 1] = Double.doubleToRawLongBits(idf[type]);
        }
        heapType = new int[options.top()];
        heapScore = new double[options.top()];
        heapRank = new int[options.top()];
    }

    /**
     * @param document a selected document
     * @return its rows, best keyword first
     */
    List<List<Object>> rows(int document) {
        int from = corpus.documentStart(document);
        int to = corpus.documentStart(document + 1);
        if (touched.length < to - from) {
            touched = new int[to - from];
        }
        int distinct = 0;
        int tokens = 0;
        for (int position = from; position < to; position++) {
            int type = corpus.typeId(position);
            long count = cells[2 * type];
            if (count >= 0) {
                tokens++;
                cells[2 * type] = count + 1;
                if (count == 0) {
                    touched[distinct++] = type;
                }
            }
        }
        int maxCount = 0;
        for (int i = 0; i < distinct; i++) {
            maxCount = Math.max(maxCount, count(touched[i]));
        }
        growLogs(maxCount);
        heapSize = 0;
        for (int i = 0; i < distinct; i++) {
            int type = touched[i];
            double typeIdf = Double.longBitsToDouble(cells[2 * type + 1]);
            if (typeIdf == typeIdf) {
                offer(type, tf(count(type), maxCount, tokens) * typeIdf);
            }
        }
        List<List<Object>> rows = rows(document, maxCount, tokens);
        for (int i = 0; i < distinct; i++) {
            cells[2 * touched[i]] = 0;
        }
        return rows;
    }

    private int count(int type) {
        return (int) cells[2 * type];
    }

    private double tf(int count, int maxCount, int tokens) {
        return options.tf().tf(count, maxCount, tokens, options.tf() == TfVariant.LOG ? logs[count] : Double.NaN);
    }

    private void growLogs(int maxCount) {
        if (options.tf() == TfVariant.LOG && logs.length <= maxCount) {
            int from = logs.length;
            logs = Arrays.copyOf(logs, Math.max(maxCount + 1, 2 * from));
            for (int count = from; count < logs.length; count++) {
                logs[count] = Math.log(count);
            }
        }
    }

    /** Empties the heap into rows, worst word last. */
    private List<List<Object>> rows(int document, int maxCount, int tokens) {
        if (heapSize == 0) {
            return List.of();
        }
        int[] order = new int[heapSize];
        for (int i = heapSize - 1; i >= 0; i--) {
            order[i] = heapType[0];
            removeRoot();
        }
        Long index = (long) document;
        String id = corpus.documentId(document);
        String headline = corpus.metadata(document).getOrDefault(ArticleMetadata.HEADLINE, "");
        List<List<Object>> rows = new ArrayList<>(order.length);
        for (int rank = 0; rank < order.length; rank++) {
            int type = order[rank];
            double tf = tf(count(type), maxCount, tokens);
            rows.add(List.of(index, id, headline, rank + 1L, lexicon.type(type), (long) count(type), tf,
                    (long) df[type], idf[type], tf * idf[type]));
        }
        return rows;
    }

    private void offer(int type, double score) {
        if (heapSize < heapType.length) {
            heapType[heapSize] = type;
            heapScore[heapSize] = score;
            heapRank[heapSize] = UNKNOWN;
            siftUp(heapSize++);
        } else if (score > heapScore[0] || score == heapScore[0] && lexicon.rank(type) < rank(0)) {
            heapType[0] = type;
            heapScore[0] = score;
            heapRank[0] = UNKNOWN;
            siftDown(0);
        }
    }

    private void removeRoot() {
        heapSize--;
        move(heapSize, 0);
        siftDown(0);
    }

    /** Whether a is a worse keyword than b: lower score, or the same score and later in code-point order. */
    private boolean worse(int a, int b) {
        return heapScore[a] < heapScore[b] || heapScore[a] == heapScore[b] && rank(a) > rank(b);
    }

    /** The lexicon's rank of the word at a heap place, looked up only when a tie needs it. */
    private int rank(int at) {
        if (heapRank[at] == UNKNOWN) {
            heapRank[at] = lexicon.rank(heapType[at]);
        }
        return heapRank[at];
    }

    private void siftUp(int at) {
        while (at > 0 && worse(at, (at - 1) / 2)) {
            swap(at, (at - 1) / 2);
            at = (at - 1) / 2;
        }
    }

    private void siftDown(int at) {
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < heapSize; child++) {
                if (worse(child, worst)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int a, int b) {
        int type = heapType[a];
        double score = heapScore[a];
        int rank = heapRank[a];
        move(b, a);
        heapType[b] = type;
        heapScore[b] = score;
        heapRank[b] = rank;
    }

    private void move(int from, int to) {
        heapType[to] = heapType[from];
        heapScore[to] = heapScore[from];
        heapRank[to] = heapRank[from];
    }
}
