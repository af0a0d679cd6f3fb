package org.corpusbench.api;

import java.util.Objects;

/**
 * How to load: choices the user makes, which loaders honour where they apply.
 *
 * @param encoding the charset to decode with instead of detecting one, or null to detect
 * @param maxDocumentBytes the largest source read as one document; larger ones are skipped
 */
public record LoadOptions(String encoding, long maxDocumentBytes) {
    /** 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
    /** Detect the encoding; the default maximum document size. */
    public static final LoadOptions DEFAULTS = new LoadOptions(null, DEFAULT_MAX_DOCUMENT_BYTES);

    /** @throws IllegalArgumentException if the maximum is not positive */
    public LoadOptions {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("The maximum document size must be positive, not " + maxDocumentBytes);
        }
    }

    /**
     * @param encoding a charset name, or null to detect
     * @return these options with that encoding
     */
    public LoadOptions withEncoding(String encoding) {
        return new LoadOptions(encoding, maxDocumentBytes);
    }

    /** @return whether the user named an encoding */
    public boolean encodingGiven() {
        return Objects.nonNull(encoding);
    }
}
