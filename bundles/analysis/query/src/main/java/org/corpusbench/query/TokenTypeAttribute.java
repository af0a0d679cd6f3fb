package org.corpusbench.query;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corpusbench.api.Lexicon;
import org.corpusbench.api.TokenType;

/**
 * {@code type}: the type's {@link TokenType} as its lower-case name, one of {@code chinese_word},
 * {@code number}, {@code latin}, {@code punctuation}, {@code whitespace} and {@code symbol}. Patterns on it
 * always ignore case, so {@code [type="NUMBER"]} and {@code [type="number"]} are the same test.
 */
final class TokenTypeAttribute implements TypeAttribute {

    @Override
    public String name() {
        return "type";
    }

    @Override
    public String description() {
        return "the token type: chinese_word, number, latin, punctuation, whitespace or symbol";
    }

    @Override
    public String value(Lexicon lexicon, int typeId) {
        return name(lexicon.category(typeId));
    }

    @Override
    public boolean alwaysIgnoresCase() {
        return true;
    }

    /** Tests the six names once, then only compares each type's category. */
    @Override
    public BitSet typesMatching(Lexicon lexicon, String regex, Pattern pattern, LexiconBudget budget) {
        boolean[] matches = new boolean[TokenType.values().length];
        for (TokenType type : TokenType.values()) {
            matches[type.ordinal()] = budget.matches(pattern, regex, name(type));
        }
        BitSet types = new BitSet(lexicon.size());
        for (int id = 0; id < lexicon.size(); id++) {
            budget.atType(id);
            if (matches[lexicon.category(id).ordinal()]) {
                types.set(id);
            }
        }
        return types;
    }

    static String name(TokenType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
