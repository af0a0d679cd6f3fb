package org.corpusbench.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The stored corpora. Survives restarts. Thread-safe. */
@ProviderType
public interface CorpusRepository {
    /** @return every stored corpus, by name */
    List<CorpusInfo> list();

    /**
     * @param name a corpus name
     * @return a consistent view of the corpus, if it exists
     */
    Optional<CorpusView> get(String name);

    /**
     * @param name a corpus name
     * @return the view of the corpus
     * @throws NotFoundException if there is no such corpus
     */
    default CorpusView require(String name) {
        return get(name).orElseThrow(() -> new NotFoundException("corpus", name));
    }

    /**
     * Starts writing a corpus; it appears when the writer commits.
     *
     * @param name letters (Chinese included), digits, '.', '_' and '-', at most 100, not starting with '.' or '-', in NFC
     * @param provenance how it is made (see {@link CorpusInfo})
     * @param replace whether the commit may replace an existing corpus of that name
     * @return the writer
     * @throws CorpusException if the name is invalid, or taken and {@code replace} is false
     */
    CorpusWriter create(String name, Map<String, String> provenance, boolean replace);

    /**
     * Removes a corpus. Views already handed out stay readable.
     *
     * @param name a corpus name
     * @return whether a corpus was removed
     */
    boolean remove(String name);

    /**
     * Renames a corpus atomically.
     *
     * @param name the current name
     * @param newName the new name, as {@link #create} accepts it
     * @throws NotFoundException if there is no corpus {@code name}
     * @throws CorpusException if the new name is invalid or taken
     */
    void rename(String name, String newName);

    /**
     * The named subcorpora saved with a corpus: each a name and the selection expression that
     * defines it. They are renamed and removed with the corpus.
     *
     * @param corpus a corpus name
     * @return selection expressions by subcorpus name, in name order
     * @throws NotFoundException if there is no such corpus
     */
    default Map<String, String> subcorpora(String corpus) {
        throw new CorpusException("This repository does not keep subcorpora");
    }

    /**
     * Saves or replaces a named subcorpus. The caller checks the expression.
     *
     * @param corpus a corpus name
     * @param name the subcorpus name, as {@link #create} accepts corpus names
     * @param expression its selection expression
     * @throws NotFoundException if there is no such corpus
     * @throws CorpusException if the name is invalid
     */
    default void saveSubcorpus(String corpus, String name, String expression) {
        throw new CorpusException("This repository does not keep subcorpora");
    }

    /**
     * @param corpus a corpus name
     * @param name a subcorpus name
     * @return whether a subcorpus was removed
     * @throws NotFoundException if there is no such corpus
     */
    default boolean removeSubcorpus(String corpus, String name) {
        throw new CorpusException("This repository does not keep subcorpora");
    }
}
