package org.corpusbench.api.analysis;

import java.util.function.ObjLongConsumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Word frequencies from outside the corpus, which keyness compares a target with: a general
 * reference such as jieba's dictionary, or a user's list. A bundle offers one by registering this
 * service; {@link ReferenceLists} offers all of them by name. Immutable and thread-safe.
 */
@ConsumerType
public interface ReferenceList {
    /** @return the name it is chosen by ({@code list:<name>}) */
    String name();

    /** @return where the counts come from, what they count and their licence, for provenance */
    String description();

    /** @return the number of tokens the counts are out of (at least the sum of all counts) */
    long tokens();

    /**
     * @param word a token's text
     * @return how often the reference holds it, 0 if never
     */
    long count(String word);

    /** @param action called once for every word with a count above 0, with its count */
    void forEach(ObjLongConsumer<String> action);
}
