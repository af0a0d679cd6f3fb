package org.corpusbench.api;

import java.nio.IntBuffer;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A read-only, consistent view of one stored corpus, as analyses see it: the lexicon, the token
 * stream as type ids, document and sentence boundaries and the positions of each type.
 *
 * <p>Token positions number the tokens of the whole corpus {@code 0..tokenCount()-1}, documents
 * in order. A view never changes, even if the corpus is replaced while it is in use.
 * Thread-safe.
 */
@ProviderType
public interface CorpusView {
    /** @return name, sizes and provenance */
    CorpusInfo info();

    /** @return the corpus's types */
    Lexicon lexicon();

    /** @return the sources, in load order */
    List<Source> sources();

    /** @return the number of tokens */
    int tokenCount();

    /**
     * @param position a token position
     * @return the token's type id in {@link #lexicon()}
     */
    int typeId(int position);

    /**
     * @param position a token position
     * @return the code-point offset of the token's start in its document's cleaned text
     */
    int tokenStart(int position);

    /**
     * @param position a token position
     * @return the code-point offset just after the token in its document's cleaned text
     */
    int tokenEnd(int position);

    /** @return the number of documents */
    int documentCount();

    /**
     * @param index a document index, {@code 0..documentCount()-1}
     * @return the document with its texts and metadata
     */
    Document document(int index);

    /**
     * @param id a document id
     * @return the index of the document with that id
     * @throws NotFoundException if there is none
     */
    default int documentIndex(String id) {
        for (int index = 0; index < documentCount(); index++) {
            if (documentId(index).equals(id)) {
                return index;
            }
        }
        throw new NotFoundException("document", id);
    }

    /**
     * The document's id without decoding its texts: a store keeps ids, source ids and metadata in a
     * small side file, so selecting on 100,000 documents does not read the corpus text.
     *
     * @param index a document index, {@code 0..documentCount()-1}
     * @return its {@link Document#id()}
     */
    default String documentId(int index) {
        return document(index).id();
    }

    /**
     * @param index a document index, {@code 0..documentCount()-1}
     * @return its {@link Document#sourceId()}, without decoding its texts
     */
    default String sourceId(int index) {
        return document(index).sourceId();
    }

    /**
     * @param index a document index, {@code 0..documentCount()-1}
     * @return its {@link Document#metadata()}, without decoding its texts
     */
    default Map<String, String> metadata(int index) {
        return document(index).metadata();
    }

    /**
     * @param index a document index, {@code 0..documentCount()-1}
     * @return the map from the document's cleaned text back to its original text
     */
    OffsetMap offsets(int index);

    /** @return what the import that made the corpus read and skipped */
    default LoadReport loadReport() {
        return LoadReport.EMPTY;
    }

    /**
     * @return what cleaning did to each source; by default what corpora stored before API 1.6 kept
     *         in their documents' metadata ({@link CleaningReport#fromMetadata})
     */
    default CleaningReport cleaningReport() {
        return CleaningReport.fromMetadata(this);
    }

    /** @return bytes the corpus takes on disk, or 0 if it is not stored */
    long storedBytes();

    /**
     * @param index a document index, {@code 0..documentCount()}
     * @return the position of the document's first token; {@code documentStart(documentCount())}
     *         is {@link #tokenCount()}
     */
    int documentStart(int index);

    /**
     * @param position a token position
     * @return the index of the document that holds it
     */
    int documentOf(int position);

    /** @return the number of sentences; no sentence spans two documents */
    int sentenceCount();

    /**
     * @param index a sentence index, {@code 0..sentenceCount()}
     * @return the position of the sentence's first token; {@code sentenceStart(sentenceCount())} is
     *         {@link #tokenCount()}
     */
    int sentenceStart(int index);

    /**
     * @param typeId a type id
     * @return the positions of its tokens, ascending, as a read-only buffer
     */
    IntBuffer positions(int typeId);

    /**
     * @return whether the corpus's tokens carry part-of-speech tags ({@link Token#tag()}); a corpus
     *     segmented without tags, or stored before tags existed, has none
     * @since 1.10
     */
    default boolean hasTags() {
        return false;
    }

    /**
     * The part-of-speech tags as a lexicon of their own (the tag attribute's types, as CWB keeps a
     * lexicon per positional attribute): {@link Lexicon#type(int)} is the tag, its frequency the
     * number of tokens so tagged. A token whose segmenter gave no tag in a tagged corpus has the
     * tag {@code ""}.
     *
     * @return the tags
     * @throws CorpusException if the corpus has no tags ({@link #hasTags()})
     * @since 1.10
     */
    default Lexicon tags() {
        throw noTags();
    }

    /**
     * @param position a token position
     * @return the token's tag id in {@link #tags()}
     * @throws CorpusException if the corpus has no tags
     * @since 1.10
     */
    default int tagId(int position) {
        throw noTags();
    }

    /**
     * @param tagId a tag id
     * @return the positions of the tokens with that tag, ascending, as a read-only buffer
     * @throws CorpusException if the corpus has no tags
     * @since 1.10
     */
    default IntBuffer tagPositions(int tagId) {
        throw noTags();
    }

    /**
     * The distinct (type, tag) pairs of the corpus with their positions: what a query testing a
     * token's word and its tag together runs on.
     *
     * @return the pairs
     * @throws CorpusException if the corpus has no tags
     * @since 1.10
     */
    default TaggedTypes taggedTypes() {
        throw noTags();
    }

    private CorpusException noTags() {
        return new CorpusException("Corpus '" + info().name() + "' has no part-of-speech tags: load it with a segmenter"
                + " that tags, such as jieba-pos, or from word/tag text");
    }
}
