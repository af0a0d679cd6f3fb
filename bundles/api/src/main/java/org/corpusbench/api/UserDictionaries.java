package org.corpusbench.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The named user dictionaries, kept as Config Admin factory configurations of {@link #FACTORY_PID}
 * (one per dictionary, its entries in the property {@link #ENTRIES}). A change takes effect for the
 * loads and re-segmentations that start after it, without a restart; a segmentation under way keeps
 * the dictionary it started with. Thread-safe.
 *
 * @since 1.10
 */
@ProviderType
public interface UserDictionaries {
    /** The factory PID of the dictionaries' configurations. */
    String FACTORY_PID = "org.corpusbench.dictionary";
    /** The configuration property that names a dictionary. */
    String NAME = "name";
    /** The configuration property that holds a dictionary's entries, each a line of jieba's format. */
    String ENTRIES = "entries";

    /** @return every dictionary, by name */
    List<UserDictionary> list();

    /**
     * @param name a dictionary's name
     * @return the dictionary as it is now
     * @throws NotFoundException if there is none of that name
     */
    UserDictionary get(String name);

    /**
     * Adds entries to a dictionary, making it if it does not exist. An entry for a word the dictionary
     * has replaces the earlier one, in its place.
     *
     * @param name the dictionary's name
     * @param entries the entries to add, in order
     * @return the dictionary as it is after the change
     * @throws CorpusException if the name is invalid or the change cannot be stored
     */
    UserDictionary add(String name, List<UserDictionary.Entry> entries);

    /**
     * Adds the entries of a dictionary file ({@link UserDictionary#read}), as {@link #add} does.
     *
     * @param name the dictionary's name
     * @param file a file inside the folders imports may read from ({@code import.roots} of
     *     {@code org.corpusbench.importer})
     * @return the dictionary as it is after the change
     * @throws CorpusException if the file is outside those folders, unreadable, or has a bad line (named)
     */
    UserDictionary importFile(String name, java.nio.file.Path file);

    /**
     * @param name a dictionary's name
     * @param word a word
     * @return the dictionary as it is after the change
     * @throws NotFoundException if there is no such dictionary, or it lacks the word
     */
    UserDictionary removeWord(String name, String word);

    /**
     * @param name a dictionary's name
     * @return whether there was such a dictionary
     */
    boolean delete(String name);

    /**
     * A dictionary as it was when a corpus was segmented with it, found by the hash its provenance
     * records; kept for as long as the service's storage lasts.
     *
     * @param sha256 the {@link UserDictionary#sha256()} of the version
     * @return that version, if it is still kept
     */
    Optional<UserDictionary> version(String sha256);
}
