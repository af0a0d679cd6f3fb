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
}
