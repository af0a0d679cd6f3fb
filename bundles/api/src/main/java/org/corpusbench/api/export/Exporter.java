package org.corpusbench.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corpusbench.api.analysis.AnalysisResult;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** Writes analysis results in one format. Registered with {@link #FORMAT}. Thread-safe. */
@ConsumerType
public interface Exporter {
    /** Service property: the format name used in commands and URLs ({@code csv}). */
    String FORMAT = "corpus.export.format";

    /** @return the format name, equal to the {@link #FORMAT} property */
    String format();

    /** @return the media type with charset, for HTTP ({@code text/csv; charset=UTF-8}) */
    String mediaType();

    /** @return the file name extension without a dot ({@code csv}) */
    String extension();

    /**
     * Writes the provenance, the columns and every row, streaming; does not close {@code out}.
     *
     * @param result the result to write
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(AnalysisResult result, OutputStream out) throws IOException;

    /** Declares the {@link #FORMAT} service property on a component: {@code @Exporter.Format("csv")}. */
    @ComponentPropertyType
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface Format {
        /** Prefix that turns the element name into the service property key. */
        String PREFIX_ = "corpus.export.";

        /** @return the format name */
        String value();
    }
}
