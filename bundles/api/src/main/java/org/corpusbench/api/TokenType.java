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

    /** Character properties that classify looks at, one bit each. */
    private static final int WHITESPACE_PART = 1, PUNCTUATION_PART = 2, HAN_PART = 4, LETTER_PART = 8, DIGIT_PART = 16,
            NUMBER_PART = 32;
    /** The properties of every code point of the Basic Multilingual Plane, made once; never written after. */
    private static final byte[] BMP_PROPERTIES = bmpProperties();

    /**
     * Decides what kind of text a token is from its code points: any Han character makes a Chinese
     * word; digits with only decimal and grouping marks a number; letters Latin; all whitespace
     * whitespace; all punctuation punctuation; anything else a symbol.
     *
     * @param token the token's text
     * @return its type
     */
    public static TokenType classify(String token) {
        int all = -1;
        int any = 0;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            int properties = properties(cp);
            all &= properties;
            any |= properties;
        }
        return of(all, any);
    }

    /**
     * As {@link #classify(String)}, for a token given as code points, so a segmenter need not make a
     * String to learn its type.
     *
     * @param codePoints the text's code points
     * @param from the token's first
     * @param to the end of the token, exclusive
     * @return its type
     */
    public static TokenType classify(int[] codePoints, int from, int to) {
        int all = -1;
        int any = 0;
        for (int i = from; i < to; i++) {
            int properties = properties(codePoints[i]);
            all &= properties;
            any |= properties;
        }
        return of(all, any);
    }

    /** The rules of classify over the properties all characters share and those any has; an empty token has all of them. */
    private static TokenType of(int all, int any) {
        if ((all & WHITESPACE_PART) != 0) {
            return WHITESPACE;
        }
        if ((any & HAN_PART) != 0) {
            return CHINESE_WORD;
        }
        if ((any & DIGIT_PART) != 0 && (all & NUMBER_PART) != 0) {
            return NUMBER;
        }
        if ((any & LETTER_PART) != 0) {
            return LATIN;
        }
        return (all & PUNCTUATION_PART) != 0 ? PUNCTUATION : SYMBOL;
    }

    private static int properties(int cp) {
        return cp >= 0 && cp <= Character.MAX_VALUE ? BMP_PROPERTIES[cp] : propertiesOf(cp);
    }

    private static byte[] bmpProperties() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
            table[cp] = (byte) propertiesOf(cp);
        }
        return table;
    }

    /** Looks the properties up in {@link Character}, which takes several table searches per code point. */
    private static int propertiesOf(int cp) {
        int properties = 0;
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            properties |= WHITESPACE_PART;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> properties |= PUNCTUATION_PART;
            default -> {
            }
        }
        if (isHan(cp)) {
            properties |= HAN_PART;
        }
        if (Character.isLetter(cp)) {
            properties |= LETTER_PART;
        }
        if (Character.isDigit(cp)) {
            properties |= DIGIT_PART | NUMBER_PART;
        } else if (".,%．，％".indexOf(cp) >= 0) {
            properties |= NUMBER_PART;
        }
        return properties;
    }
}
