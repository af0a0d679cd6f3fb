package org.corpusbench.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param cleaning cleaning settings for this load only ({@link CleaningPipeline#prepare}), recorded in
 *        the corpus's provenance and reused when it is cleaned again
 * @param segmenter the name of the segmenter to use ({@link Segmenters}), or null for the configured one (since 1.10)
 * @param dictionaries the user dictionaries to add to the segmenter's own, by name, in order; a later
 *        entry for a word wins (since 1.10)
 */
public record LoadOptions(String encoding, long maxDocumentBytes, List<String> include, List<String> exclude,
        String textColumn, String loader, Map<String, String> cleaning, String segmenter, List<String> dictionaries) {
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
        cleaning = Collections.unmodifiableMap(new TreeMap<>(cleaning));
        dictionaries = List.copyOf(dictionaries);
        dictionaries.forEach(UserDictionary::checkName);
    }

    /**
     * Options with the configured segmenter and no user dictionary (the constructor of API 1.9).
     *
     * @param encoding the charset to decode with instead of detecting one, or null to detect
     * @param maxDocumentBytes the largest source read as one document
     * @param include glob patterns a file must match one of (empty: all)
     * @param exclude glob patterns no file may match
     * @param textColumn the column or field of a table row's text, or null to find it
     * @param loader the name of the loader to use, or null to choose by the path
     * @param cleaning cleaning settings for this load only
     */
    public LoadOptions(String encoding, long maxDocumentBytes, List<String> include, List<String> exclude,
            String textColumn, String loader, Map<String, String> cleaning) {
        this(encoding, maxDocumentBytes, include, exclude, textColumn, loader, cleaning, null, List.of());
    }

    /**
     * Options with the configured cleaning settings (the constructor of API 1.5).
     *
     * @param encoding the charset to decode with instead of detecting one, or null to detect
     * @param maxDocumentBytes the largest source read as one document
     * @param include glob patterns a file must match one of (empty: all)
     * @param exclude glob patterns no file may match
     * @param textColumn the column or field of a table row's text, or null to find it
     * @param loader the name of the loader to use, or null to choose by the path
     */
    public LoadOptions(String encoding, long maxDocumentBytes, List<String> include, List<String> exclude,
            String textColumn, String loader) {
        this(encoding, maxDocumentBytes, include, exclude, textColumn, loader, Map.of());
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
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader, cleaning, segmenter, dictionaries);
    }

    /**
     * @param column the column or field holding a table row's text, or null to find it
     * @return these options with that text column
     */
    public LoadOptions withTextColumn(String column) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, column, loader, cleaning, segmenter, dictionaries);
    }

    /**
     * @param name a loader's name ({@code segmented}), or null to choose by the path
     * @return these options with that loader
     */
    public LoadOptions withLoader(String name) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, name, cleaning, segmenter, dictionaries);
    }

    /**
     * @param include patterns a file must match one of (empty: all)
     * @param exclude patterns no file may match
     * @return these options with those patterns
     */
    public LoadOptions withPatterns(List<String> include, List<String> exclude) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader, cleaning, segmenter, dictionaries);
    }

    /**
     * @param settings cleaning settings for this load only, by key ({@code fold.traditional})
     * @return these options with those cleaning settings
     */
    public LoadOptions withCleaning(Map<String, String> settings) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader, settings, segmenter, dictionaries);
    }

    /**
     * @param name a segmenter's name ({@code thulac}), or null for the configured one
     * @param dictionaryNames user dictionaries to add to its own, in order
     * @return these options with that segmenter and those dictionaries
     * @since 1.10
     */
    public LoadOptions withSegmenter(String name, List<String> dictionaryNames) {
        return new LoadOptions(encoding, maxDocumentBytes, include, exclude, textColumn, loader, cleaning, name, dictionaryNames);
    }

    /**
     * Reads cleaning settings as users write them, {@code key=value} each ({@code fold.traditional=true}),
     * for {@link #withCleaning} and {@link CorpusImporter#reclean(String, Map, Progress)}: the one reading
     * of them for the console's {@code --clean} and the REST API's {@code clean} parameters.
     *
     * @param keyValues the settings as given, or null when none were
     * @return the settings by key in the order given (the cleaning pipeline judges keys and values)
     * @throws CorpusException for a setting without a key or a key given twice
     */
    public static Map<String, String> cleaningSettings(List<String> keyValues) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (keyValues == null) {
            return settings;
        }
        for (String keyValue : keyValues) {
            int equals = keyValue.indexOf('=');
            if (equals <= 0) {
                throw new CorpusException("Expected a cleaning setting as key=value (fold.traditional=true), not '"
                        + keyValue + "'");
            }
            String key = keyValue.substring(0, equals).strip();
            if (settings.put(key, keyValue.substring(equals + 1).strip()) != null) {
                throw new CorpusException("Cleaning setting '" + key + "' is given twice");
            }
        }
        return settings;
    }

    /** @return whether the user named an encoding */
    public boolean encodingGiven() {
        return Objects.nonNull(encoding);
    }
}
