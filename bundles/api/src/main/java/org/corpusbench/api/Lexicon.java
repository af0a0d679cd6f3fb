package org.corpusbench.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The types (distinct token strings) of a corpus, numbered {@code 0..size()-1}. Thread-safe.
 */
@ProviderType
public interface Lexicon {
    /** @return the number of types */
    int size();

    /**
     * @param id a type id
     * @return the type's string
     * @throws IndexOutOfBoundsException if there is no such id
     */
    String type(int id);

    /**
     * The strings of many types at once, for callers that read long lists in an order of their own
     * (a frequency list by count): a lexicon kept on disk can then look them up together rather than
     * one cache miss after another.
     *
     * @param ids type ids
     * @return their strings, in the same order
     * @throws IndexOutOfBoundsException if there is no such id
     */
    default String[] types(int[] ids) {
        String[] types = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            types[i] = type(ids[i]);
        }
        return types;
    }

    /**
     * @param type a token string
     * @return its id, or -1 if the corpus does not contain it
     */
    int id(String type);

    /**
     * @param id a type id
     * @return what kind of text the type is
     */
    TokenType category(int id);

    /**
     * @param id a type id
     * @return how many tokens of the whole corpus have this type
     */
    long frequency(int id);

    /**
     * The type's place among all types sorted by their strings in code-point order (not UTF-16
     * order), computed once when the corpus is stored, so sorting by word compares ints.
     *
     * @param id a type id
     * @return its rank, {@code 0..size()-1}, distinct for distinct ids
     */
    int rank(int id);

    /**
     * @param rank a rank, {@code 0..size()-1}
     * @return the id of the type with that {@link #rank(int)}
     */
    int idOfRank(int rank);
}
