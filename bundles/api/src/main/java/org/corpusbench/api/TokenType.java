package org.corpusbench.api;

/** What kind of text a token is. */
public enum TokenType {
    /** A word written in Chinese characters. */
    CHINESE_WORD,
    /** Digits, with their decimal point or grouping marks. */
    NUMBER,
    /** A word in Latin letters, possibly with digits. */
    LATIN,
    /** Punctuation, full- or half-width. */
    PUNCTUATION,
    /** Spaces and line breaks. */
    WHITESPACE,
    /** Anything else: symbols such as ■ or ※, emoji, unassigned characters. */
    SYMBOL;

    /** @return whether a word count (frequency lists, per-million figures) counts this kind */
    public boolean isWord() {
        return this == CHINESE_WORD || this == NUMBER || this == LATIN;
    }

    /** Below the CJK radicals no code point is Han. */
    private static final int FIRST_HAN = 0x2E80;
    /**
     * One bit per code point of the Basic Multilingual Plane from {@link #FIRST_HAN}: whether it is
     * Han. Filled once from {@link Character.UnicodeScript#of}, whose table search is slow enough to
     * show in a profile of an import, where CJK punctuation and full-width forms are among the
     * commonest characters; never written after.
     */
    private static final long[] HAN_IN_BMP = hanInBmp();

    /**
     * The one test of whether a code point is a Chinese character (Han script) that tokens,
     * cleaning and analyses share; as {@link Character.UnicodeScript#of} says, but without its
     * table search in the Basic Multilingual Plane, where nearly all text is.
     *
     * @param codePoint a code point, or -1
     * @return whether it is in the Han script
     */
    public static boolean isHan(int codePoint) {
        if (codePoint < FIRST_HAN) {
            return false;
        }
        if (codePoint <= Character.MAX_VALUE) {
            int offset = codePoint - FIRST_HAN;
            return (HAN_IN_BMP[offset >>> 6] >>> offset & 1) != 0;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static long[] hanInBmp() {
        long[] bits = new long[((Character.MAX_VALUE - FIRST_HAN) >>> 6) + 1];
        for (int codePoint = FIRST_HAN; codePoint <= Character.MAX_VALUE; codePoint++) {
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                bits[(codePoint - FIRST_HAN) >>> 6] |= 1L << (codePoint - FIRST_HAN);
            }
        }
        return bits;
    }

    /**
     * Decides what kind of text a token is from its code points: any Han character makes a Chinese
     * word; digits with only decimal and grouping marks a number; letters Latin; all whitespace
     * whitespace; all punctuation punctuation; anything else a symbol.
     *
     * @param token the token's text
     * @return its type
     */
    public static TokenType classify(String token) {
        boolean allWhitespace = true;
        boolean allPunctuation = true;
        boolean anyHan = false;
        boolean anyLetter = false;
        boolean anyDigit = false;
        boolean onlyNumberParts = true;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            allWhitespace &= Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            allPunctuation &= isPunctuation(cp);
            anyHan |= isHan(cp);
            anyLetter |= Character.isLetter(cp);
            anyDigit |= Character.isDigit(cp);
            onlyNumberParts &= Character.isDigit(cp) || ".,%．，％".indexOf(cp) >= 0;
        }
        if (token.isEmpty() || allWhitespace) {
            return WHITESPACE;
        }
        if (anyHan) {
            return CHINESE_WORD;
        }
        if (anyDigit && onlyNumberParts) {
            return NUMBER;
        }
        if (anyLetter) {
            return LATIN;
        }
        return allPunctuation ? PUNCTUATION : SYMBOL;
    }

    private static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
