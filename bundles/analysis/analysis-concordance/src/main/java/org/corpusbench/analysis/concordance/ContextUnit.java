package org.corpusbench.analysis.concordance;

import java.util.Locale;

/** What a concordance's context width counts. */
public enum ContextUnit {
    /** Tokens of the hit's document, as CQPweb and AntConc count context by default. */
    TOKENS,
    /** Code points of the document's cleaned text, as CQPweb's character context for Chinese. */
    CHARACTERS;

    /**
     * @param value {@code tokens} or {@code characters}
     * @return the unit
     * @throws IllegalArgumentException for any other value
     */
    public static ContextUnit of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
