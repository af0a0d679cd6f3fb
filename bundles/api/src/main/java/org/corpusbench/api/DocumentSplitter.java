package org.corpusbench.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The stage after the cleaning steps that turns one cleaned source into documents, such as the
 * articles of a newspaper page. The importer uses the splitter with the highest
 * {@link CleaningStep#ORDER} among those not switched off with {@link CleaningStep#ENABLED}; without
 * one, a source is one document. Implementations are thread-safe.
 */
@ConsumerType
public interface DocumentSplitter {
    /** Service property: the splitter's name, shown in provenance and reports. */
    String NAME = "corpus.splitter.name";

    /**
     * @param text a source's text after every cleaning step, one paragraph per line
     * @param metadata what the cleaning steps found about the source (issue date, page)
     * @return the articles in reading order; an empty list keeps the source as one document
     */
    List<Article> split(String text, Map<String, String> metadata);
}
