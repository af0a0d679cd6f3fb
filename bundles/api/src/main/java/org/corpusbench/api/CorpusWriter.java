package org.corpusbench.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes one corpus. Nothing is visible to readers until {@link #commit()}, which stores the corpus
 * atomically; {@link #close()} without a commit discards everything written. Not thread-safe: one
 * writer belongs to one import.
 */
@ProviderType
public interface CorpusWriter extends AutoCloseable {
    /** @param source a source the documents that follow were cleaned from */
    void addSource(Source source);

    /**
     * @param document a document whose {@link Document#sourceId()} was added before
     * @param tokens its tokens, in order, covering its cleaned text
     * @throws CorpusException if the source is unknown or the document id repeats
     */
    void addDocument(Document document, List<Token> tokens);

    /**
     * Stores the corpus atomically, replacing a corpus of the same name if the writer was created to
     * replace one.
     *
     * @return what was stored
     * @throws CorpusException if it cannot be stored; then nothing changed
     */
    CorpusInfo commit();

    /** Discards the corpus unless it was committed. */
    @Override
    void close();
}
