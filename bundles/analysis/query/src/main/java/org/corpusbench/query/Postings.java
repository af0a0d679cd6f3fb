package org.corpusbench.query;

import java.nio.IntBuffer;
import java.util.BitSet;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.Progress;

/**
 * The positions of a set of types in ascending order, merged on the fly from the types' position lists
 * (each already ascending) with a binary heap: nothing is copied, so a set of types with hundreds of
 * millions of tokens costs one heap entry per type, not an array of its positions. Not thread-safe.
 */
final class Postings {

    private final IntBuffer[] lists;
    private final int[] heap;
    private final int[] heads;
    private final Progress progress;
    private final long total;
    private int size;
    private long taken;

    /**
     * @param corpus   the corpus
     * @param types    the type ids
     * @param progress checked for cancellation every 64K positions
     */
    Postings(CorpusView corpus, BitSet types, Progress progress) {
        this.progress = progress;
        int k = types.cardinality();
        lists = new IntBuffer[k];
        heads = new int[k];
        heap = new int[k];
        long sum = 0;
        for (int id = types.nextSetBit(0); id >= 0; id = types.nextSetBit(id + 1)) {
            if ((id & 0xFFF) == 0) {
                progress.checkCancelled();
            }
            IntBuffer list = corpus.positions(id).duplicate();
            if (list.hasRemaining()) {
                sum += list.remaining();
                lists[size] = list;
                heads[size] = list.get();
                heap[size] = size;
                size++;
            }
        }
        total = sum;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** @return how many positions there are in all, known before any is read */
    long total() {
        return total;
    }

    boolean hasNext() {
        return size > 0;
    }

    /** @return the next position without taking it; only if {@link #hasNext()} */
    int peek() {
        return heads[heap[0]];
    }

    /** @return the next position; only if {@link #hasNext()} */
    int next() {
        if ((taken++ & 0xFFFF) == 0) {
            progress.checkCancelled();
        }
        int list = heap[0];
        int position = heads[list];
        if (lists[list].hasRemaining()) {
            heads[list] = lists[list].get();
        } else {
            heap[0] = heap[--size];
        }
        siftDown(0);
        return position;
    }

    private void siftDown(int i) {
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
