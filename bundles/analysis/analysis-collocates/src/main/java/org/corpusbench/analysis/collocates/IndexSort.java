package org.corpusbench.analysis.collocates;

/** A stable merge sort of int indices by a comparator over them, without boxing. */
final class IndexSort {
    /** Compares two indices as a {@link java.util.Comparator} compares objects. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int first, int second);
    }

    private IndexSort() {
    }

    static void sort(int[] indices, IndexComparator order) {
        int[] buffer = new int[indices.length];
        int[] from = indices;
        int[] into = buffer;
        for (int width = 1; width < indices.length; width <<= 1) {
            for (int low = 0; low < indices.length; low += 2 * width) {
                merge(from, into, low, Math.min(low + width, indices.length), Math.min(low + 2 * width, indices.length), order);
            }
            int[] swap = from;
            from = into;
            into = swap;
        }
        if (from != indices) {
            System.arraycopy(from, 0, indices, 0, indices.length);
        }
    }

    private static void merge(int[] from, int[] into, int low, int middle, int high, IndexComparator order) {
        int left = low;
        int right = middle;
        for (int out = low; out < high; out++) {
            if (right >= high || left < middle && order.compare(from[left], from[right]) <= 0) {
                into[out] = from[left++];
            } else {
                into[out] = from[right++];
            }
        }
    }
}
