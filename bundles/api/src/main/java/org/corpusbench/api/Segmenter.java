package org.corpusbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
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
