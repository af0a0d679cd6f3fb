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
     * @param offsets maps its cleaned text back to its original text
     * @param tokens its tokens, in order, covering its cleaned text
     * @throws CorpusException if the source is unknown, the document id repeats or the map does not
     *         fit the texts
     */
    void addDocument(Document document, OffsetMap offsets, List<Token> tokens);

    /**
     * Adds a document whose cleaned text is its original text.
     *
     * @param document a document whose cleaned text equals its original text
     * @param tokens its tokens, in order, covering its text
     * @throws IllegalArgumentException if cleaning changed the text: then give the offset map
     */
    default void addDocument(Document document, List<Token> tokens) {
        if (!document.originalText().equals(document.cleanedText())) {
            throw new IllegalArgumentException("Document '" + document.id() + "' was cleaned: give its offset map");
        }
        String text = document.cleanedText();
        addDocument(document, OffsetMap.identity(text.codePointCount(0, text.length())), tokens);
    }

    /**
     * Does for a document, on the calling thread, what can be done before it is added: this method,
     * unlike the rest of the writer, is thread-safe, so the threads that segment an import can take
     * the encoding of documents off the one thread that adds them. The default does nothing early.
     *
     * @param document a document
     * @param offsets maps its cleaned text back to its original text
     * @param tokens its tokens, in order, covering its cleaned text
     * @return the document ready for {@link #add}
     * @throws CorpusException if the map does not fit the texts
     */
    default PreparedDocument prepare(Document document, OffsetMap offsets, List<Token> tokens) {
        return new PreparedDocument(document, offsets, tokens);
    }

    /**
     * Adds a document that {@link #prepare} made ready, as {@link #addDocument(Document, OffsetMap, List)} would.
     *
     * @param prepared a document this writer prepared
     * @throws CorpusException if the source is unknown or the document id repeats
     */
    default void add(PreparedDocument prepared) {
        addDocument(prepared.document(), prepared.offsets(), prepared.tokens());
    }

    /**
     * Adds to or changes the provenance given at creation, for what is known only while writing.
     *
     * @param key a provenance key
     * @param value its value
     */
    void putProvenance(String key, String value);

    /** @param report what loading read and skipped, stored with the corpus */
    void setLoadReport(LoadReport report);

    /** @param report what cleaning did to each source, stored with the corpus beside the load report */
    void setCleaningReport(CleaningReport report);

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
