package org.corpusbench.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Segmenters;
import org.corpusbench.api.UserDictionaries;
import org.corpusbench.api.UserDictionary;

/**
 * The segmenter of one load or re-segmentation: an installed segmenter with user dictionaries added,
 * and what a corpus's provenance records of it, so that it can be made again.
 *
 * @param name the segmenter's name
 * @param segmenter the segmenter with the dictionaries added
 * @param dictionaries the dictionaries, in order, as they were when chosen
 */
record ChosenSegmenter(String name, Segmenter segmenter, List<UserDictionary> dictionaries) {
    /**
     * @param segmenters the installed segmenters
     * @param dictionaries the user dictionaries, or null when that service is not installed
     * @param name a segmenter's name, or null for the default
     * @param dictionaryNames the dictionaries to add, in order
     * @return the segmenter with their current versions added
     * @throws CorpusException if a segmenter or dictionary is unknown, or the segmenter takes no dictionaries
     */
    static ChosenSegmenter choose(Segmenters segmenters, UserDictionaries dictionaries, String name, List<String> dictionaryNames) {
        String chosen = name != null ? name : segmenters.defaultName();
        List<UserDictionary> versions = new ArrayList<>();
        for (String dictionary : dictionaryNames) {
            versions.add(available(dictionaries).get(dictionary));
        }
        return new ChosenSegmenter(chosen, segmenters.find(chosen).withDictionaries(versions), versions);
    }

    /**
     * @return the segmenter and dictionary versions a corpus was segmented with, if every version is
     *     still kept; empty when one is not (then nothing can be proven to cut as before)
     */
    static Optional<ChosenSegmenter> recorded(Segmenters segmenters, UserDictionaries dictionaries, Map<String, String> provenance) {
        String name = provenance.get(CorpusInfo.SEGMENTER);
        List<UserDictionary> versions = new ArrayList<>();
        for (String dictionary : dictionaryNames(provenance)) {
            Optional<UserDictionary> version = available(dictionaries)
                    .version(provenance.getOrDefault(CorpusInfo.dictionarySha256Key(dictionary), ""));
            if (version.isEmpty()) {
                return Optional.empty();
            }
            versions.add(new UserDictionary(dictionary, version.get().entries()));
        }
        return Optional.of(new ChosenSegmenter(name, segmenters.find(name).withDictionaries(versions), versions));
    }

    /** @return the user dictionaries a corpus's provenance names, in order */
    static List<String> dictionaryNames(Map<String, String> provenance) {
        String names = provenance.getOrDefault(CorpusInfo.DICTIONARIES, "");
        return names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    /** Replaces what the provenance says of the segmenter and its dictionaries with what is true of this one. */
    void putProvenance(Map<String, String> provenance) {
        provenance.keySet().removeIf(key -> key.startsWith(CorpusInfo.SEGMENTER_PREFIX) || key.startsWith(CorpusInfo.DICTIONARY_PREFIX)
                || key.equals(CorpusInfo.DICTIONARIES));
        provenance.putAll(CorpusInfo.segmenterProvenance(name, segmenter, dictionaries));
    }

    private static UserDictionaries available(UserDictionaries dictionaries) {
        if (dictionaries == null) {
            throw new CorpusException("User dictionaries are not installed (feature corpusbench-dictionaries)");
        }
        return dictionaries;
    }
}
