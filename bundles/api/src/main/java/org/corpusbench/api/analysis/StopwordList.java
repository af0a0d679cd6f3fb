package org.corpusbench.api.analysis;

import java.util.Objects;
import java.util.Set;

/**
 * A named list of words that analyses leave out when asked ({@code stopwords=<name>}).
 *
 * @param name the list's name
 * @param words its words, as tokens are spelled in the corpus
 */
public record StopwordList(String name, Set<String> words) {
    /** The empty list, chosen by {@code stopwords=none}. */
    public static final StopwordList NONE = new StopwordList("none", Set.of());

    /** Copies the words. */
    public StopwordList {
        Objects.requireNonNull(name, "name");
        words = Set.copyOf(words);
    }

    /**
     * @param word a token's text
     * @return whether the list holds it
     */
    public boolean contains(String word) {
        return words.contains(word);
    }
}
