package org.corpusbench.importer.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;

/**
 * One import: every source the loader reads is cleaned by each step in turn, segmented and written;
 * the corpus is committed only when all sources succeeded, so a failure or a cancellation leaves
 * the repository as it was. One document per source until article splitting exists.
 *
 * @param loader reads the sources
 * @param loaderName recorded in provenance
 * @param steps cleaning steps in the order they run, by name
 * @param segmenter splits cleaned text into tokens
 * @param segmenterName recorded in provenance
 */
record ImportPipeline(CorpusLoader loader, String loaderName, Map<String, CleaningStep> steps, Segmenter segmenter,
        String segmenterName) {

    CorpusInfo run(CorpusRepository repository, String name, Path path, Progress progress) {
        Map<String, String> provenance = new HashMap<>();
        provenance.put(CorpusInfo.LOADER, loaderName);
        provenance.put(CorpusInfo.CLEANING, String.join(",", steps.keySet()));
        provenance.put(CorpusInfo.SEGMENTER, segmenterName);
        provenance.put(CorpusInfo.ORIGIN, path.toAbsolutePath().toString());
        try (CorpusWriter writer = repository.create(name, provenance, false)) {
            loader.load(path, loaded -> {
                progress.checkCancelled();
                writer.addSource(loaded.source());
                String cleaned = clean(loaded.text());
                Document document = new Document(loaded.source().id(), loaded.source().id(), Map.of(), loaded.text(), cleaned);
                writer.addDocument(document, segmenter.segment(cleaned));
            }, progress);
            progress.checkCancelled();
            return writer.commit();
        }
    }

    private String clean(String text) {
        String cleaned = text;
        for (CleaningStep step : steps.values()) {
            cleaned = step.clean(cleaned).text();
        }
        return cleaned;
    }
}
