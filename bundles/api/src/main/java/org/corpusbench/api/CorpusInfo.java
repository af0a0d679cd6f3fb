package org.corpusbench.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a corpus holds and how it was made.
 *
 * @param name the corpus name
 * @param sources number of sources
 * @param documents number of documents
 * @param tokens number of tokens, whitespace and punctuation included
 * @param types number of distinct token strings
 * @param created when it was stored
 * @param provenance how it was made: keys {@link #LOADER}, {@link #CLEANING}, {@link #SEGMENTER}, ...
 */
public record CorpusInfo(String name, int sources, int documents, long tokens, int types, Instant created,
        Map<String, String> provenance) {
    /** Provenance key: the loader that read the sources. */
    public static final String LOADER = "loader";
    /** Provenance key: the cleaning steps, comma-separated, in the order they ran. */
    public static final String CLEANING = "cleaning";
    /** Provenance key: the splitter that turned sources into documents, with its settings; empty if none. */
    public static final String SPLITTER = "splitter";
    /** Provenance key: when the corpus was last cleaned again (ISO 8601), if ever. */
    public static final String RECLEANED = "recleaned";
    /** Provenance key: the segmenter's name. */
    public static final String SEGMENTER = "segmenter";
    /** Provenance key: the path or upload the corpus was loaded from. */
    public static final String ORIGIN = "origin";
    /** Provenance key: each cleaning step with its settings, in the order they ran. */
    public static final String CLEANING_SETTINGS = "cleaning.settings";
    /**
     * Provenance key prefix: a cleaning setting given for the load ({@link LoadOptions#cleaning()}),
     * under its full key: {@code cleaning.option.normalise-width.fold.traditional=true}. Cleaning the
     * corpus again reuses them.
     */
    public static final String CLEANING_OPTION_PREFIX = "cleaning.option.";
    /** Provenance key prefix: what the segmenter reports of itself (mode, dictionary hashes). */
    public static final String SEGMENTER_PREFIX = "segmenter.";
    /** Provenance key: the user dictionaries the corpus was segmented with, by name, comma-separated, in order. */
    public static final String DICTIONARIES = "dictionaries";
    /** Provenance key prefix: {@code dictionary.<name>.sha256} is the hash of the dictionary's version used. */
    public static final String DICTIONARY_PREFIX = "dictionary.";
    /** Provenance key: when the import started (ISO 8601). */
    public static final String IMPORT_STARTED = "import.started";
    /** Provenance key: how many sources came with their own tokens and were stored as given. */
    public static final String SEGMENTATION = "segmentation";
    /** Provenance key: the encoding the user gave for loading, if any. */
    public static final String ENCODING = "encoding";
    /** Provenance key: the version of the store format the corpus is kept in. */
    public static final String STORE_FORMAT = "store.format";

    /** Copies the provenance so the record stays immutable. */
    public CorpusInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        provenance = Map.copyOf(provenance);
    }

    /** @return the segmenter's name, or "" if unknown */
    public String segmenter() {
        return provenance.getOrDefault(SEGMENTER, "");
    }
}
