package org.corpusbench.query;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.corpusbench.api.Lexicon;

/** {@code word}: the token's text, the attribute a bare string such as {@code "发展"} tests. */
final class WordAttribute implements TypeAttribute {

    /** Characters that make a pattern more than a literal word. */
    private static final String REGEX_SYNTAX = "\\.[]{}()*+?^$|";

    @Override
    public String name() {
        return "word";
    }

    @Override
    public String description() {
        return "the token's text";
    }

    @Override
    public String value(Lexicon lexicon, int typeId) {
        return lexicon.type(typeId);
    }

    /** A literal word is one lexicon look-up instead of a pass over every type, which matters with a million types. */
    @Override
    public BitSet typesMatching(Lexicon lexicon, String regex, Pattern pattern, LexiconBudget budget) {
        boolean caseMatters = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                && regex.codePoints().anyMatch(c -> Character.toLowerCase(c) != Character.toUpperCase(c));
        if (caseMatters || regex.chars().anyMatch(c -> REGEX_SYNTAX.indexOf(c) >= 0)) {
            return TypeAttribute.super.typesMatching(lexicon, regex, pattern, budget);
        }
        BitSet types = new BitSet();
        int id = lexicon.id(regex);
        if (id >= 0) {
            types.set(id);
        }
        return types;
    }
}
