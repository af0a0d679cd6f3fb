package org.corpusbench.api;

import java.nio.IntBuffer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The distinct (type, tag) pairs of a tagged corpus, numbered {@code 0..size()-1}, with the
 * positions of each: 发展 tagged {@code v} and 发展 tagged {@code vn} are two pairs. A query that
 * tests a token's word and its tag together decides each test once per pair, as it decides a
 * word-only test once per type. Thread-safe.
 *
 * @since 1.10
 */
@ProviderType
public interface TaggedTypes {
    /** @return the number of pairs */
    int size();

    /**
     * @param pair a pair id
     * @return its type id in {@link CorpusView#lexicon()}
     */
    int typeId(int pair);

    /**
     * @param pair a pair id
     * @return its tag id in {@link CorpusView#tags()}
     */
    int tagId(int pair);

    /**
     * @param position a token position
     * @return the id of the token's pair
     */
    int pairId(int position);

    /**
     * @param pair a pair id
     * @return the positions of its tokens, ascending, as a read-only buffer
     */
    IntBuffer positions(int pair);

    /**
     * @param typeId a type id
     * @return the ids of the pairs of that type, ascending, as a read-only buffer
     */
    IntBuffer pairsOfType(int typeId);
}
