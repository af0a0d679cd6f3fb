package org.corpusbench.query;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.corpusbench.api.Lexicon;

/**
 * A token attribute a query can test, such as {@code word} in {@code [word="发.*"]}: a value for every type
 * of the lexicon. Because the value belongs to the type, a test is decided once per type, never per token,
 * and the engine reads the hits from the types' position lists.
 *
 * <p>This is where new attributes plug in: a part-of-speech attribute from a dictionary implements this
 * interface and is added with {@link AttributeResolver#with(TypeAttribute)}; the grammar already takes any
 * attribute name. Implementations must be thread-safe.
 */
public interface TypeAttribute {

    /** @return the name queries use, e.g. {@code word} */
    String name();

    /** @return one line for error messages and help, e.g. {@code the token's text} */
    String description();

    /**
     * @param lexicon the corpus's types
     * @param typeId  a type id
     * @return the type's value of this attribute
     */
    String value(Lexicon lexicon, int typeId);

    /**
     * @return whether this attribute is the token's part-of-speech tag, whose values are the corpus's tags
     *     ({@link org.corpusbench.api.CorpusView#tags()}) rather than a function of the type: then
     *     {@link #value} and {@link #typesMatching} are given the tag lexicon
     */
    default boolean testsTag() {
        return false;
    }

    /** @return whether patterns on this attribute always ignore case, with or without {@code %c} */
    default boolean alwaysIgnoresCase() {
        return false;
    }

    /**
     * The types whose value the pattern matches as a whole ({@link java.util.regex.Matcher#matches()}).
     * The default tests every type once; implementations override it when they can do better. A million
     * types and a user's regex can take long, so implementations call {@link LexiconBudget#atType(int)} for
     * every type and match through {@link LexiconBudget#matches}, which stop a cancelled or overlong search.
     *
     * @param lexicon the corpus's types
     * @param regex   the pattern as written in the query
     * @param pattern the pattern compiled with the query's flags
     * @param budget  checks cancellation and the time the query's lexicon matching may take
     * @return the matching type ids
     */
    default BitSet typesMatching(Lexicon lexicon, String regex, Pattern pattern, LexiconBudget budget) {
        BitSet types = new BitSet(lexicon.size());
        for (int id = 0; id < lexicon.size(); id++) {
            budget.atType(id);
            if (budget.matches(pattern, regex, value(lexicon, id))) {
                types.set(id);
            }
        }
        return types;
    }
}
