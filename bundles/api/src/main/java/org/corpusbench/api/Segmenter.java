package org.corpusbench.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Splits cleaned text into tokens. Implementations are thread-safe and immutable once loaded. */
@ConsumerType
public interface Segmenter {
    /** Service property: the segmenter's name, such as {@code jieba-analysis}. */
    String NAME = "corpus.segmenter.name";

    /**
     * @param text cleaned text
     * @return tokens covering the text without gaps or overlaps, in order; whitespace included
     */
    List<Token> segment(String text);
}
