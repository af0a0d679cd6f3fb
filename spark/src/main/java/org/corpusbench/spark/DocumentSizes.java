package org.corpusbench.spark;

import java.io.Serializable;
import java.util.List;
import org.corpusbench.analysis.frequency.CountedSequence;
import scala.Tuple2;

/**
 * Each document's counted tokens and where they start in the corpus's counted sequence, by the
 * document's index in load order: one int and one long per document, shared with the executors.
 */
final class DocumentSizes implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] sizes;
    private final long[] starts;

    private DocumentSizes(int[] sizes) {
        this.sizes = sizes;
        starts = new long[sizes.length + 1];
        for (int document = 0; document < sizes.length; document++) {
            starts[document + 1] = starts[document] + sizes[document];
        }
    }

    /** @param sizes (document index, counted tokens) for documents 0 to n - 1, in any order */
    static DocumentSizes of(List<Tuple2<Long, Integer>> sizes) {
        int[] table = new int[sizes.size()];
        for (Tuple2<Long, Integer> size : sizes) {
            table[Math.toIntExact(size._1())] = size._2();
        }
        return new DocumentSizes(table);
    }

    int size(int document) {
        return sizes[document];
    }

    long start(int document) {
        return starts[document];
    }

    /** @return N, the parts (documents with a counted token) and the smallest one's share, as the frequency list counts them */
    CountedSequence sequence() {
        long tokens = starts[sizes.length];
        int parts = 0;
        int smallest = Integer.MAX_VALUE;
        for (int size : sizes) {
            if (size > 0) {
                parts++;
                smallest = Math.min(smallest, size);
            }
        }
        return new CountedSequence(tokens, parts, parts == 0 ? 1 : smallest / (double) tokens);
    }
}
