package org.corpusbench.importer.internal;

import java.util.Map;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.DocumentSplitter;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.cleaning.pipeline.PreparedPipeline;
import org.corpusbench.cleaning.pipeline.SourceCleaner;

/** Prepared cleanings made by hand, for tests that give the importer its steps directly. */
final class Prepared {
    private Prepared() {
    }

    /**
     * @param steps the steps in the order they run, by name
     * @param splitter the splitter, or null
     * @param provenance what the corpus records of its cleaning
     * @return a load's cleaning with no per-load settings
     */
    static PreparedCleaning of(Map<String, CleaningStep> steps, DocumentSplitter splitter, Map<String, String> provenance) {
        return new PreparedPipeline(Map.of(), provenance, new SourceCleaner(steps, splitter));
    }
}
