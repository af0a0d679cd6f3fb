package org.corpusbench.repository.internal;

import java.util.Arrays;

/** A growable array of ints, to avoid boxing a corpus's worth of token data. */
final class IntArray {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void increment(int index) {
        values[index]++;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
