package org.corpusbench.repository.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Ranks a lexicon's types in {@link CodePointOrder} once, when the corpus is stored, so sorting by
 * word later compares two ints instead of decoding and comparing strings. The ids are sorted as
 * an {@code int[]} by a merge sort of its own, because the JDK sorts ints only by value and would
 * need millions of boxed {@code Integer}s to sort them by a comparator.
 */
final class TypeRanks {

    private TypeRanks() {
    }

    /**
     * @param typeCount the number of types
     * @param types the string of each type id
     * @return the type ids in code-point order of their strings
     */
    static int[] idsByRank(int typeCount, IntFunction<String> types) {
        String[] strings = new String[typeCount];
        int[] ids = new int[typeCount];
        for (int id = 0; id < typeCount; id++) {
            strings[id] = types.apply(id);
            ids[id] = id;
        }
        mergeSort(ids, new int[typeCount], 0, typeCount, strings);
        return ids;
    }

    /** Writes the rank of each id to {@code ranks} and the id of each rank to {@code idsByRank}. */
    static void write(Path ranks, Path idsByRank, int typeCount, IntFunction<String> types) throws IOException {
        int[] sorted = idsByRank(typeCount, types);
        int[] rankOf = new int[typeCount];
        for (int rank = 0; rank < typeCount; rank++) {
            rankOf[sorted[rank]] = rank;
        }
        write(ranks, rankOf);
        write(idsByRank, sorted);
    }

    private static void write(Path file, int[] values) throws IOException {
        try (IntFileWriter out = new IntFileWriter(file)) {
            for (int value : values) {
                out.write(value);
            }
        }
    }

    /** Sorts {@code ids[from, to)} by their strings; {@code spare} is scratch space as long as {@code ids}. */
    private static void mergeSort(int[] ids, int[] spare, int from, int to, String[] strings) {
        if (to - from < 16) {
            insertionSort(ids, from, to, strings);
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(ids, spare, from, middle, strings);
        mergeSort(ids, spare, middle, to, strings);
        if (CodePointOrder.compare(strings[ids[middle - 1]], strings[ids[middle]]) <= 0) {
            return; // the halves are already in order
        }
        System.arraycopy(ids, from, spare, from, to - from);
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || left < middle && CodePointOrder.compare(strings[spare[left]], strings[spare[right]]) <= 0) {
                ids[out] = spare[left++];
            } else {
                ids[out] = spare[right++];
            }
        }
    }

    private static void insertionSort(int[] ids, int from, int to, String[] strings) {
        for (int i = from + 1; i < to; i++) {
            int id = ids[i];
            int j = i;
            while (j > from && CodePointOrder.compare(strings[ids[j - 1]], strings[id]) > 0) {
                ids[j] = ids[j - 1];
                j--;
            }
            ids[j] = id;
        }
    }
}
