package org.corpusbench.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /** @return the provenance key of the hash of a user dictionary's version: {@code dictionary.<name>.sha256} */
    public static String dictionarySha256Key(String dictionary) {
        return DICTIONARY_PREFIX + dictionary + ".sha256";
    }

    /**
     * What a corpus's provenance records of the segmenter it was cut with, so that it can be made again:
     * its name ({@link #SEGMENTER}), what it reports of itself (under {@link #SEGMENTER_PREFIX}) and the
     * user dictionaries added to it ({@link #DICTIONARIES}, each one's hash under
     * {@link #dictionarySha256Key}). Every import, on the workbench or elsewhere, records these keys.
     *
     * @param name the segmenter's name
     * @param segmenter the segmenter, with the dictionaries added
     * @param dictionaries the dictionaries, in the order they were added
     * @return the keys and values, in that order
     * @since 1.12
     */
    public static Map<String, String> segmenterProvenance(String name, Segmenter segmenter, List<UserDictionary> dictionaries) {
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put(SEGMENTER, name);
        segmenter.provenance().forEach((key, value) -> provenance.put(SEGMENTER_PREFIX + key, value));
        if (!dictionaries.isEmpty()) {
            provenance.put(DICTIONARIES, dictionaries.stream().map(UserDictionary::name).collect(Collectors.joining(",")));
            dictionaries.forEach(dictionary -> provenance.put(dictionarySha256Key(dictionary.name()), dictionary.sha256()));
        }
        return provenance;
    }

    /** @return the segmenter's name, or "" if unknown */
    public String segmenter() {
        return provenance.getOrDefault(SEGMENTER, "");
    }
}
