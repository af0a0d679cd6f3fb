package org.corpusbench.api;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The cleaning pipeline of one load, from {@link CleaningPipeline#prepare}: fixed stages and
 * settings, so that every source of the load is cleaned alike however the pipeline changes
 * meanwhile. Thread-safe.
 */
@ProviderType
public interface PreparedCleaning {
    /**
     * @return the per-load settings it was prepared with, under their full keys
     *         ({@code <stage>.<setting>}), sorted: what {@link CorpusInfo#CLEANING_OPTION_PREFIX} entries records
     */
    Map<String, String> settings();

    /**
     * @return the provenance of the cleaning: {@link CorpusInfo#CLEANING}, {@link CorpusInfo#CLEANING_SETTINGS},
     *         {@link CorpusInfo#SPLITTER} and {@link CorpusInfo#CLEANING_OPTION_PREFIX} entries
     */
    Map<String, String> provenance();

    /**
     * Cleans one source with every step in turn, composing their offset maps, and splits it. The
     * documents partition the source's original text: joined in order, their original texts are
     * the source's text.
     *
     * @param source the source
     * @param text its decoded text
     * @return its documents and what cleaning did
     */
    CleanedSource clean(Source source, String text);

    /**
     * A cleaned source.
     *
     * @param documents its documents in order, each with the map from its cleaned text to its original text
     * @param report what the steps did and found, and how many articles the splitter found
     */
    record CleanedSource(List<CleanedDocument> documents, CleaningReport.SourceCleaning report) {
        /** Copies the list so the record stays immutable. */
        public CleanedSource {
            documents = List.copyOf(documents);
        }
    }

    /**
     * A document and the map from its cleaned text back to its original text.
     *
     * @param document the document
     * @param offsets its offset map
     */
    record CleanedDocument(Document document, OffsetMap offsets) {
    }
}
