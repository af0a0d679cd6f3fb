package org.corpusbench.api;

import java.util.List;
import java.util.Objects;

/**
 * How to load: choices the user makes, which loaders honour where they apply.
 *
 * @param encoding the charset to decode with instead of detecting one, or null to detect
 * @param maxDocumentBytes the largest source read as one document; larger ones are skipped
 * @param include glob patterns ({@code news/**}, {@code **2024*}) on paths relative to the loaded
 *        folder, with '/' between folders; a file is read only if it matches one (empty: all)
 * @param exclude glob patterns of the same kind; a file matching one is not read
 * @param textColumn the column (CSV, TSV) or field (JSON Lines) that holds a table row's text, or
 *        null to take the first of text, content, body, 正文, 内容, 文本
 * @param loader the name of the loader to use, or null for the first that accepts the path
 */
public record LoadOptions(String encoding, long maxDocumentBytes, List<String> include, List<String> exclude,
        String textColumn, String loader) {
    /** 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
    /** Detect the encoding; the default maximum document size; every file. */
    public static final LoadOptions DEFAULTS = new LoadOptions(null, DEFAULT_MAX_DOCUMENT_BYTES);

    /** @throws IllegalArgumentException if the maximum is not positive */
    public LoadOptions {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("The maximum document size must be positive, not " + maxDocumentBytes);
        }
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /**
     * Options without include or exclude patterns.
     *
     * @param encoding the charset to decode with, or null to detect
     * @param maxDocumentBytes the largest source read as one document
     */
    public LoadOptions(String encoding, long maxDocumentBytes) {
        this(encoding, maxDocumentBytes, List.of(), List.of(), null, null);
    }

    /**
     * @param encoding a charset name, or null to detect
     * @return these options with that encoding
     */
    public LoadOptions withEncoding(String encoding) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader);
    }

    /**
     * @param column the column or field holding a table row's text, or null to find it
     * @return these options with that text column
     */
    public LoadOptions withTextColumn(String column) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, column, loader);
    }

    /**
     * @param name a loader's name ({@code segmented}), or null to choose by the path
     * @return these options with that loader
     */
    public LoadOptions withLoader(String name) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, name);
    }

    /**
     * @param include patterns a file must match one of (empty: all)
     * @param exclude patterns no file may match
     * @return these options with those patterns
     */
    public LoadOptions withPatterns(List<String> include, List<String> exclude) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader);
    }

    /** @return whether the user named an encoding */
    public boolean encodingGiven() {
        return Objects.nonNull(encoding);
    }
}
