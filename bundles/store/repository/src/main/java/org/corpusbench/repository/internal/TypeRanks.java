package org.corpusbench.repository.internal;

import org.corpusbench.api.CodePointOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Ranks a lexicon's types in {@link CodePointOrder} once, when the corpus is stored, so sorting by
 * word later compares two ints instead of decoding and comparing strings. Each id is packed into
 * a long below its first code points (as many as the bits the id leaves: two for up to 2^21
 * types), the longs are sorted as numbers, and only runs of types that share those code points
 * are then sorted by comparing strings, in a merge sort of ids: no boxed {@code Integer} per
 * type, and few of the cache-missing string comparisons a comparator sort of 1.6M types makes.
 */
final class TypeRanks {
    /** Enough for any code point plus one (at most 0x110000). */
    private static final int CODE_POINT_BITS = 21;

    private TypeRanks() {
    }

    /**
     * @param typeCount the number of types
     * @param types the string of each type id
     * @return the type ids in code-point order of their strings
     */
    static int[] idsByRank(int typeCount, IntFunction<String> types) {
        return idsByRank(typeCount, types, (Long.SIZE - 1 - idBits(typeCount)) / CODE_POINT_BITS);
    }

    /** As {@link #idsByRank(int, IntFunction)} with a prefix of the given length, at most what fits. */
    static int[] idsByRank(int typeCount, IntFunction<String> types, int prefixLength) {
        int idBits = idBits(typeCount);
        String[] strings = new String[typeCount];
        long[] keys = new long[typeCount];
        for (int id = 0; id < typeCount; id++) {
            strings[id] = types.apply(id);
            keys[id] = prefix(strings[id], prefixLength) << idBits | id;
        }
        Arrays.parallelSort(keys);
        int[] ids = new int[typeCount];
        long idMask = (1L << idBits) - 1;
        for (int rank = 0; rank < typeCount; rank++) {
            ids[rank] = (int) (keys[rank] & idMask);
        }
        int[] spare = new int[typeCount];
        for (int from = 0, to; from < typeCount; from = to) {
            to = from + 1;
            while (to < typeCount && keys[to] >>> idBits == keys[from] >>> idBits) {
                to++;
            }
            if (to - from > 1) {
                mergeSort(ids, spare, from, to, strings); // types that share their first code points
            }
        }
        return ids;
    }

    private static int idBits(int typeCount) {
        return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(1, typeCount - 1)));
    }

    /**
     * The first {@code length} code points, each plus one so that the end of a shorter string (0)
     * comes before any code point, as one number that orders like the strings' beginnings.
     */
    private static long prefix(String type, int length) {
        long prefix = 0;
        int index = 0;
        for (int i = 0; i < length; i++) {
            int codePoint = 0;
            if (index < type.length()) {
                codePoint = type.codePointAt(index) + 1;
                index += Character.charCount(codePoint - 1);
            }
            prefix = prefix << CODE_POINT_BITS | codePoint;
        }
        return prefix;
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
