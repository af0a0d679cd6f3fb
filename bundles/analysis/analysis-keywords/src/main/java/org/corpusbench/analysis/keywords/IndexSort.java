package org.corpusbench.analysis.keywords;

/** Sorts int indices by a comparator over primitive arrays, without boxing a million Integers. */
final class IndexSort {
    /** Compares two indices. */
    @FunctionalInterface
    interface IndexComparator {
        /**
         * @param x an index
         * @param y another
         * @return negative, 0 or positive as x goes before, with or after y
         */
        int compare(int x, int y);
    }

    private static final int INSERTION_LIMIT = 24;

    private IndexSort() {
    }

    /**
     * Stable merge sort.
     *
     * @param indices the indices to reorder
     * @param comparator their order
     */
    static void sort(int[] indices, IndexComparator comparator) {
        int[] buffer = indices.clone();
        mergeSort(buffer, indices, 0, indices.length, comparator);
    }

    /** Sorts source[from, to) into target[from, to); both start with the same content. */
    private static void mergeSort(int[] source, int[] target, int from, int to, IndexComparator comparator) {
        if (to - from <= INSERTION_LIMIT) {
            for (int i = from + 1; i < to; i++) {
                int value = target[i];
                int j = i - 1;
                while (j >= from && comparator.compare(target[j], value) > 0) {
                    target[j + 1] = target[j];
                    j--;
                }
                target[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(target, source, from, middle, comparator);
        mergeSort(target, source, middle, to, comparator);
        for (int i = from, left = from, right = middle; i < to; i++) {
            if (right >= to || left < middle && comparator.compare(source[left], source[right]) <= 0) {
                target[i] = source[left++];
            } else {
                target[i] = source[right++];
            }
        }
    }
}
