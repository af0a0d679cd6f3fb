package org.corpusbench.jieba.engine.internal;

/**
 * One thread's work arrays for {@link JiebaEngine}: the text's code points, the route, the Viterbi
 * lattice. They grow to the longest text seen and are reused, so a cut allocates nothing.
 */
final class Scratch {
    int[] codePoints = new int[256];
    double[] best = new double[257];
    int[] next = new int[257];
    double[] lattice = new double[256 * 4];
    byte[] backPointers = new byte[256 * 4];

    /** @return the number of code points of the text, now in {@link #codePoints} */
    int decode(String text) {
        int length = text.length();
        if (codePoints.length < length) {
            int size = Math.max(length, codePoints.length * 2);
            codePoints = new int[size];
            best = new double[size + 1];
            next = new int[size + 1];
        }
        int[] cps = codePoints;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                cps[n++] = Character.toCodePoint(c, text.charAt(++i));
            } else {
                cps[n++] = c;
            }
        }
        return n;
    }

    /** Makes room for a Viterbi lattice over this many characters. */
    void ensureLattice(int characters) {
        if (lattice.length < characters * 4) {
            lattice = new double[Math.max(characters * 4, lattice.length * 2)];
            backPointers = new byte[lattice.length];
        }
    }
}
