package org.corpusbench.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corpusbench.api.CorpusView;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Writes the segmented corpus itself in one format (space-separated text, CWB vertical, ...).
 * Registered with {@link #FORMAT}. Thread-safe.
 */
@ConsumerType
public interface CorpusExporter {
    /** Service property: the format name used in commands and URLs ({@code vertical}). */
    String FORMAT = "corpus.tokens.format";

    /** @return the format name, equal to the {@link #FORMAT} property */
    String format();

    /** @return the media type with charset, for HTTP */
    String mediaType();

    /** @return the file name extension without a dot */
    String extension();

    /**
     * Writes every document, streaming; does not close {@code out}.
     *
     * @param corpus the corpus
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(CorpusView corpus, OutputStream out) throws IOException;

    /** Declares the {@link #FORMAT} service property: {@code @CorpusExporter.Format("vertical")}. */
    @ComponentPropertyType
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Format {
        /** Prefix that turns the element name into the service property key. */
        String PREFIX_ = "corpus.tokens.";

        /** @return the format name */
        String value();
    }
}
