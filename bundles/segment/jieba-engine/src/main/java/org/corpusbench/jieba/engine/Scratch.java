package org.corpusbench.jieba.engine;

/**
 * One thread's work arrays for {@link JiebaEngine}: the text's code points, the route of a block,
 * the Viterbi lattice. They grow to the longest text and block seen and are reused, so a cut
 * allocates nothing; {@link #isOversized()} tells when to let them go.
 */
final class Scratch {
    /** Code points worth keeping arrays for between texts: 4 MB of them; a longer text gets its own. */
    private static final int RETAINED_CODE_POINTS = 1 << 20;

    int[] codePoints = new int[256];
    double[] best = new double[257];
    int[] next = new int[257];
    double[] lattice = new double[256 * 4];
    byte[] backPointers = new byte[256 * 4];

    /** @return the number of code points of the text, now in {@link #codePoints} */
    int decode(String text) {
        int length = text.length();
        if (codePoints.length < length) {
            codePoints = new int[Math.max(length, codePoints.length * 2)];
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

    /** Makes room for the route of a block of this many characters. */
    void ensureRoute(int characters) {
        if (best.length <= characters) {
            best = new double[Math.max(characters + 1, best.length * 2)];
            next = new int[best.length];
        }
    }

    /** @return whether a text or block made these arrays larger than a thread should keep */
    boolean isOversized() {
        return codePoints.length > RETAINED_CODE_POINTS || best.length > RETAINED_CODE_POINTS
                || lattice.length > 4 * RETAINED_CODE_POINTS;
    }

    /** Makes room for a Viterbi lattice over this many characters. */
    void ensureLattice(int characters) {
        if (lattice.length < characters * 4) {
            lattice = new double[Math.max(characters * 4, lattice.length * 2)];
            backPointers = new byte[lattice.length];
        }
    }
}
