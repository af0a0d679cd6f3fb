package org.corpusbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

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

    /**
     * Segments as {@link #segment(String)} does, handing each token to a sink instead of returning a
     * list. Segmenters that can should override this to make no {@link Token} at all; this default
     * goes through the list.
     *
     * @param text cleaned text
     * @param sink receives the tokens in order, covering the text without gaps or overlaps
     * @since 1.7
     */
    default void segment(String text, TokenSink sink) {
        int charOffset = 0;
        for (Token token : segment(text)) {
            int charEnd = charOffset + token.text().length();
            sink.token(token.start(), token.end(), charOffset, charEnd, token.type(), token.tag());
            charOffset = charEnd;
        }
    }

    /**
     * Segments in a given mode, with or without the hidden Markov model that finds words the
     * dictionary lacks. {@link SegmentationMode#SEARCH} tokens overlap, each with its own offsets.
     *
     * @param text the text
     * @param mode accurate or search
     * @param hmm whether to find unknown words with the HMM
     * @return the tokens, in order of their end and, for equal ends, shorter first
     * @throws CorpusException if this segmenter does not offer that mode
     */
    default List<Token> segment(String text, SegmentationMode mode, boolean hmm) {
        if (mode == SegmentationMode.ACCURATE && hmm) {
            return segment(text);
        }
        throw new CorpusException("This segmenter offers only the accurate mode with HMM");
    }

    /**
     * @return the modes {@link #segment(String, SegmentationMode, boolean)} takes; the default offers
     *     {@link SegmentationMode#ACCURATE} only, which is what {@link #segment(String)} gives
     * @since 1.10
     */
    default Set<SegmentationMode> modes() {
        return Set.of(SegmentationMode.ACCURATE);
    }

    /**
     * What a corpus's provenance should record of this segmenter so its tokens can be reproduced:
     * mode, dictionaries with their hashes. Computing it may load the dictionaries.
     *
     * @return provenance entries, keys without the segmenter's name
     */
    default Map<String, String> provenance() {
        return Map.of();
    }

    /**
     * This segmenter with user dictionaries added to its own, in order: what a load that names
     * dictionaries segments with. Its {@link #provenance()} names them with their hashes.
     *
     * @param dictionaries the dictionaries, in order (a later entry for a word wins)
     * @return a segmenter that knows their words; this one when the list is empty
     * @throws CorpusException if this segmenter takes no user dictionaries
     * @since 1.10
     */
    default Segmenter withDictionaries(List<UserDictionary> dictionaries) {
        if (dictionaries.isEmpty()) {
            return this;
        }
        throw new CorpusException("This segmenter takes no user dictionaries");
    }

    /**
     * Which texts this segmenter is proven to cut exactly as another one did: what lets a corpus be
     * segmented again after a dictionary change without cutting every text. The default proves nothing.
     *
     * @param earlier the segmenter the texts were cut with, such as this one with other dictionaries
     * @return a test that is true only of a text that both cut into the same tokens (it may be false
     *     of some that they cut alike); it may be called from several threads
     * @since 1.10
     */
    default Predicate<String> cutsAlike(Segmenter earlier) {
        return text -> false;
    }

    /** Declares the {@link #NAME} service property on a component: {@code @Segmenter.Name("...")}. */
    @ComponentPropertyType
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Name {
        /** Prefix that turns the element name into the service property key. */
        String PREFIX_ = "corpus.segmenter.";

        /** @return the name */
        String value();
    }
}
