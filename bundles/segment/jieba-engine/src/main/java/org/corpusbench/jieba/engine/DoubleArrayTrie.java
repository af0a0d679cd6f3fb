package org.corpusbench.jieba.engine;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A trie as a double array: each character is first given a small code (the commonest labels the
 * smallest), and the child of the node in slot s along a character is the slot base[s] + code, if
 * check of that slot says s. A step is two array reads, where a search among sorted children takes
 * up to a dozen dependent ones for a common first character. Each slot also holds its word's
 * {@code log(frequency) - log(total)}, NaN for a mere prefix. The root is slot 0. Immutable; thread-safe.
 */
final class DoubleArrayTrie {
    private static final int BMP = 0x10000;
    private static final int FREE = -1;
    /** Children from which a node is placed after the last such node rather than in the first hole that fits. */
    private static final int WIDE = 16;

    private final int[] bmpCodes = new int[BMP];
    /** Labels outside the BMP (a few CJK Extension B words), sorted, and their codes. */
    private final int[] supplementaryLabels;
    private final int[] supplementaryCodes;
    /** base of slot s at 2s, check at 2s + 1: the check read of a step brings in the base the next step reads. */
    private final int[] cells;
    private final double[] logProbabilities;

    /**
     * @param firstChild the children of node n are the nodes firstChild[n] to firstChild[n + 1] - 1 (breadth first, root 0)
     * @param label the code point leading to each node
     * @param nodeLogProbabilities each node's log probability, NaN for a prefix
     */
    DoubleArrayTrie(int[] firstChild, int[] label, double[] nodeLogProbabilities) {
        int nodes = label.length;
        long[] byCount = labelsByCount(label);
        supplementaryLabels = new int[(int) Arrays.stream(byCount).filter(l -> (int) l >= BMP).count()];
        supplementaryCodes = new int[supplementaryLabels.length];
        for (int i = 0, s = 0; i < byCount.length; i++) {
            int codePoint = (int) byCount[i];
            if (codePoint < BMP) {
                bmpCodes[codePoint] = i + 1;
            } else {
                supplementaryLabels[s++] = codePoint;
            }
        }
        Arrays.sort(supplementaryLabels);
        for (int i = 0; i < supplementaryLabels.length; i++) {
            supplementaryCodes[i] = 1 + indexOf(byCount, supplementaryLabels[i]);
        }
        Placement placement = new Placement(nodes + byCount.length + 1);
        int[] slotOf = new int[nodes];
        int[] codes = new int[byCount.length];
        for (int node = 0; node < nodes; node++) {
            int from = firstChild[node];
            int k = firstChild[node + 1] - from;
            for (int i = 0; i < k; i++) {
                codes[i] = code(label[from + i]);
            }
            int b = k == 0 ? 0 : placement.place(slotOf[node], codes, k);
            for (int i = 0; i < k; i++) {
                slotOf[from + i] = b + codes[i];
            }
        }
        int slots = placement.used + byCount.length + 1; // room for base + any code past the last slot: no bound check
        cells = new int[2 * slots];
        for (int slot = 0; slot < slots; slot++) {
            cells[2 * slot] = slot < placement.used ? placement.base[slot] : 0;
            cells[2 * slot + 1] = slot < placement.used ? placement.check[slot] : FREE;
        }
        logProbabilities = new double[slots];
        Arrays.fill(logProbabilities, Double.NaN);
        for (int node = 0; node < nodes; node++) {
            logProbabilities[slotOf[node]] = nodeLogProbabilities[node];
        }
    }

    /** @return the slot of the child of a slot along a code point, or -1 if no word continues that way */
    int child(int slot, int codePoint) {
        int code = code(codePoint);
        if (code == 0) {
            return -1;
        }
        int next = cells[2 * slot] + code;
        return cells[2 * next + 1] == slot ? next : -1;
    }

    /** @return {@code log(frequency) - log(total)} of the slot's word, NaN for a mere prefix */
    /** @return the number of slots: every slot {@link #child} returns is below it */
    int slots() {
        return logProbabilities.length;
    }

    double logProbability(int slot) {
        return logProbabilities[slot];
    }

    private int code(int codePoint) {
        if (codePoint < BMP) {
            return bmpCodes[codePoint];
        }
        int i = Arrays.binarySearch(supplementaryLabels, codePoint);
        return i < 0 ? 0 : supplementaryCodes[i];
    }

    /** @return the distinct labels, most frequent first, each as (count << 32 | code point) sorted down, then cast */
    private static long[] labelsByCount(int[] label) {
        long[] sorted = new long[label.length - 1];
        for (int node = 1; node < label.length; node++) {
            sorted[node - 1] = label[node];
        }
        Arrays.sort(sorted);
        long[] counted = new long[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            counted[distinct++] = (long) (j - i) << 32 | sorted[i];
            i = j;
        }
        long[] byCount = Arrays.copyOf(counted, distinct);
        Arrays.sort(byCount);
        for (int i = 0; i < distinct / 2; i++) { // most frequent first
            long swap = byCount[i];
            byCount[i] = byCount[distinct - 1 - i];
            byCount[distinct - 1 - i] = swap;
        }
        for (int i = 0; i < distinct; i++) {
            byCount[i] = (int) byCount[i];
        }
        return byCount;
    }

    private static int indexOf(long[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("No code for U+" + Integer.toHexString(value));
    }

    /** Finds each node's base: the first one where every child's slot is free (first fit, as darts does). */
    private static final class Placement {
        int[] base;
        int[] check;
        final BitSet free = new BitSet();
        int firstFree = 1;
        /** Where the last node with many children went: the next starts after it (see place). */
        int wideStart = 1;
        int used = 1;

        Placement(int capacity) {
            base = new int[capacity];
            check = new int[capacity];
            Arrays.fill(check, FREE);
            check[0] = Integer.MIN_VALUE; // the root: taken, nobody's child
            free.set(1, capacity);
        }

        /** @return the base given to the node in this slot, its children now in base + code; firstFree may skip a few free slots */
        int place(int slot, int[] codes, int k) {
            int lowest = Integer.MAX_VALUE;
            int highest = 0;
            for (int i = 0; i < k; i++) {
                lowest = Math.min(lowest, codes[i]);
                highest = Math.max(highest, codes[i]);
            }
            // A node with many children spread over the codes fits only where few slots are taken, near the end:
            // scanning the holes from the first free slot for it would try them all in vain, so it starts after the last such node.
            boolean wide = k >= WIDE;
            int start = free.nextSetBit(Math.max(wide ? wideStart : firstFree, lowest));
            int tried = 0;
            for (int p = start; ; p = free.nextSetBit(p + 1)) {
                if (p < 0) {
                    p = base.length;
                }
                int b = p - lowest;
                ensure(b + highest + 1);
                tried++;
                if (fits(b, codes, k)) {
                    if (wide) {
                        wideStart = p + 1;
                    } else if (p - start + 1 - tried >= 0.95 * (p - start + 1)) {
                        firstFree = p; // darts' rule: the scan crossed a region 95% full, so later scans skip it
                    }
                    base[slot] = b;
                    for (int i = 0; i < k; i++) {
                        check[b + codes[i]] = slot;
                        free.clear(b + codes[i]);
                        used = Math.max(used, b + codes[i] + 1);
                    }
                    if (!free.get(firstFree)) {
                        firstFree = free.nextSetBit(firstFree);
                    }
                    return b;
                }
            }
        }

        private boolean fits(int b, int[] codes, int k) {
            for (int i = 0; i < k; i++) {
                if (!free.get(b + codes[i])) {
                    return false;
                }
            }
            return true;
        }

        private void ensure(int capacity) {
            if (capacity > base.length) {
                int grown = Math.max(capacity, base.length + (base.length >> 1));
                free.set(base.length, grown);
                check = Arrays.copyOf(check, grown);
                Arrays.fill(check, base.length, grown, FREE);
                base = Arrays.copyOf(base, grown);
            }
        }
    }
}
