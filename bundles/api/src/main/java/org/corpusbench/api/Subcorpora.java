package org.corpusbench.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads selection expressions and keeps named subcorpora, for the console, REST and the analysis
 * registry alike. Thread-safe.
 *
 * <p>A selection expression is {@code all}; document indices and ranges ({@code 0-3,7}); metadata
 * comparisons joined by {@code &} ({@code date>=2023-03-01 & date<2023-04-01},
 * {@code reporters~赵宗锋}, {@code page=1}, {@code source=...}); or {@code @name}, a saved subcorpus.
 */
@ProviderType
public interface Subcorpora {
    /**
     * @param corpus the corpus the expression selects from
     * @param expression a selection expression
     * @return the selection
     * @throws CorpusException naming the expression and the problem if it cannot be read
     * @throws NotFoundException if it names a subcorpus that does not exist
     */
    DocumentSelection select(CorpusView corpus, String expression);

    /**
     * @param corpus a corpus name
     * @return its named subcorpora, by name, with their current sizes
     * @throws NotFoundException if there is no such corpus
     */
    List<Subcorpus> list(String corpus);

    /**
     * Checks the expression against the corpus and saves it under the name, replacing any subcorpus
     * of that name.
     *
     * @param corpus a corpus name
     * @param name the subcorpus name
     * @param expression a selection expression; it may not refer to other subcorpora
     * @return the saved subcorpus with its current size
     * @throws CorpusException if the name or the expression is invalid
     * @throws NotFoundException if there is no such corpus
     */
    Subcorpus create(String corpus, String name, String expression);

    /**
     * @param corpus a corpus name
     * @param name a subcorpus name
     * @return whether a subcorpus was removed
     * @throws NotFoundException if there is no such corpus
     */
    boolean delete(String corpus, String name);
}
