package org.corpusbench.query;

import java.nio.IntBuffer;
import java.util.BitSet;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;

/** The positions of a set of types, merged into one ascending array. */
final class Postings {

    private Postings() {
    }

    /**
     * A k-way merge with a binary heap over the types' position lists (each already ascending).
     *
     * @param corpus   the corpus
     * @param types    the type ids
     * @param progress checked for cancellation every 64K positions
     * @return the positions of all tokens of those types, ascending
     */
    static int[] merge(CorpusView corpus, BitSet types, Progress progress) {
        int k = types.cardinality();
        IntBuffer[] lists = new IntBuffer[k];
        long total = 0;
        int n = 0;
        for (int id = types.nextSetBit(0); id >= 0; id = types.nextSetBit(id + 1)) {
            IntBuffer list = corpus.positions(id).duplicate();
            if (list.hasRemaining()) {
                lists[n++] = list;
                total += list.remaining();
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more positions than an array can hold: " + total);
        }
        int[] merged = new int[(int) total];
        if (n == 1) {
            lists[0].get(merged);
            return merged;
        }
        int[] heap = new int[n];
        int[] heads = new int[n];
        for (int i = 0; i < n; i++) {
            heads[i] = lists[i].get();
            heap[i] = i;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(heap, heads, n, i);
        }
        int size = n;
        for (int out = 0; out < merged.length; out++) {
            if ((out & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            int list = heap[0];
            merged[out] = heads[list];
            if (lists[list].hasRemaining()) {
                heads[list] = lists[list].get();
            } else {
                heap[0] = heap[--size];
            }
            siftDown(heap, heads, size, 0);
        }
        return merged;
    }

    private static void siftDown(int[] heap, int[] heads, int size, int i) {
        int item = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heads[heap[child + 1]] < heads[heap[child]]) {
                child++;
            }
            if (heads[heap[child]] >= heads[item]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = item;
    }
}
