package org.corpusbench.api;

import java.util.Comparator;

/**
 * Compares strings by their code points, as UTF-8 bytes compare, without decoding them. Java's
 * {@code String.compareTo} compares UTF-16 units, which puts a supplementary character such as
 * 𠀀 (U+20000, stored as surrogates D840 DC00) before U+FF01 ！; code-point order puts it after.
 * The order of {@link Lexicon#rank(int)} and of every sort by word.
 */
public final class CodePointOrder {
    /** {@link #compare} as a comparator. */
    public static final Comparator<String> COMPARATOR = CodePointOrder::compare;

    private CodePointOrder() {
    }

    /**
     * @param a a string
     * @param b another
     * @return negative, zero or positive as {@code a} comes before, with or after {@code b} in code-point order
     */
    public static int compare(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return shifted(x) - shifted(y);
            }
        }
        return a.length() - b.length();
    }

    /**
     * Moves surrogates (D800-DFFF) above the rest of the BMP (E000-FFFF), the fix-up ICU's
     * {@code compareCodePointOrder} uses: at the first differing unit of well-formed strings, a
     * surrogate always starts a code point above U+FFFF, and two surrogates already compare like
     * the code points they belong to.
     */
    private static int shifted(char unit) {
        if (unit < Character.MIN_SURROGATE) {
            return unit;
        }
        return unit <= Character.MAX_SURROGATE ? unit + 0x2000 : unit - 0x800;
    }
}
