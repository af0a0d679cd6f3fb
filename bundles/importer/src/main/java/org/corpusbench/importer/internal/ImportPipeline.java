package org.corpusbench.importer.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbench.api.CleanedText;
import org.corpusbench.api.CleaningStep;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.OffsetMap;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.SourceReport;

/**
 * One import: every source the loader reads is cleaned by each step in turn, segmented and written;
 * the corpus is committed only when all sources succeeded, so a failure or a cancellation leaves
 * the repository as it was. Cleaning and segmentation run on {@code threads} threads while the
 * documents are written in load order. One document per source until article splitting exists.
 *
 * @param loader reads the sources
 * @param loaderName recorded in provenance
 * @param steps cleaning steps in the order they run, by name
 * @param stepSettings how each step is configured, by name, for provenance
 * @param segmenter splits cleaned text into tokens
 * @param segmenterName recorded in provenance
 * @param threads how many threads clean and segment
 */
record ImportPipeline(CorpusLoader loader, String loaderName, Map<String, CleaningStep> steps,
        Map<String, String> stepSettings, Segmenter segmenter, String segmenterName, int threads) {

    /** A pipeline that cleans and segments on as many threads as there are cores. */
    ImportPipeline(CorpusLoader loader, String loaderName, Map<String, CleaningStep> steps, Map<String, String> stepSettings,
            Segmenter segmenter, String segmenterName) {
        this(loader, loaderName, steps, stepSettings, segmenter, segmenterName, Runtime.getRuntime().availableProcessors());
    }

    CorpusInfo run(CorpusRepository repository, String name, Path path, LoadOptions options, Progress progress) {
        return run(repository, name, null, path, options, progress);
    }

    /**
     * @param existing the corpus to extend, whose documents are copied first, or null for a new one
     */
    CorpusInfo run(CorpusRepository repository, String name, CorpusView existing, Path path, LoadOptions options,
            Progress progress) {
        Map<String, String> provenance = new HashMap<>();
        provenance.put(CorpusInfo.IMPORT_STARTED, Instant.now().toString());
        provenance.put(CorpusInfo.LOADER, loaderName);
        provenance.put(CorpusInfo.CLEANING, String.join(",", steps.keySet()));
        provenance.put(CorpusInfo.CLEANING_SETTINGS, steps.keySet().stream()
                .map(step -> step + "(" + stepSettings.getOrDefault(step, "") + ")").collect(Collectors.joining(",")));
        provenance.put(CorpusInfo.SEGMENTER, segmenterName);
        segmenter.provenance().forEach((key, value) -> provenance.put(CorpusInfo.SEGMENTER_PREFIX + key, value));
        provenance.put(CorpusInfo.ORIGIN, path.toAbsolutePath().toString());
        if (options.encodingGiven()) {
            provenance.put(CorpusInfo.ENCODING, options.encoding());
        }
        List<SourceReport> reports = new ArrayList<>();
        if (existing != null) {
            provenance.put(CorpusInfo.ORIGIN, existing.info().provenance().getOrDefault(CorpusInfo.ORIGIN, "") + ", "
                    + path.toAbsolutePath());
        }
        try (CorpusWriter writer = repository.create(name, provenance, existing != null)) {
            if (existing != null) {
                CorpusCopy.copy(existing, writer, progress);
            }
            int[] given = new int[2]; // sources with their own tokens, all sources
            ParallelSegmentation segmentation = new ParallelSegmentation(threads, writer, progress);
            try {
                loader.load(path, options, loaded -> {
                    progress.checkCancelled();
                    reports.add(loaded.report());
                    writer.addSource(loaded.source());
                    given[1]++;
                    if (loaded.tokens() != null) { // pre-segmented: stored as given, neither cleaned nor segmented
                        given[0]++;
                        Document document = new Document(loaded.source().id(), loaded.source().id(), Map.of(), loaded.text(),
                                loaded.text());
                        segmentation.add(() -> new ParallelSegmentation.Segmented(document, null, loaded.tokens()));
                        return;
                    }
                    segmentation.add(() -> {
                        CleanedText cleaned = clean(loaded.text());
                        Document document = new Document(loaded.source().id(), loaded.source().id(), Map.of(), loaded.text(),
                                cleaned.text());
                        return new ParallelSegmentation.Segmented(document, cleaned.offsets(), segmenter.segment(cleaned.text()));
                    });
                }, reports::add, progress);
                segmentation.finish();
            } finally {
                segmentation.close();
            }
            if (given[0] > 0) {
                writer.putProvenance(CorpusInfo.SEGMENTATION, given[0] + " of " + given[1]
                        + " sources stored with the tokens they came with");
                if (given[0] == given[1]) {
                    writer.putProvenance(CorpusInfo.SEGMENTER, "as given by the source");
                    writer.putProvenance(CorpusInfo.CLEANING, "");
                }
            }
            progress.checkCancelled();
            if (reports.stream().allMatch(r -> r.outcome() == SourceReport.Outcome.SKIPPED)) {
                throw new CorpusException("Nothing could be loaded from '" + path + "': " + reports.size() + " inputs skipped"
                        + reports.stream().limit(3).map(r -> "; " + r.problem()).collect(Collectors.joining()));
            }
            List<SourceReport> all = new ArrayList<>();
            if (existing != null) {
                all.addAll(existing.loadReport().sources());
            }
            all.addAll(reports);
            writer.setLoadReport(new LoadReport(all));
            return writer.commit();
        }
    }

    /** Runs every step, composing their offset maps back to the loaded text. */
    private CleanedText clean(String text) {
        CleanedText cleaned = new CleanedText(text, OffsetMap.identity(text.codePointCount(0, text.length())));
        for (CleaningStep step : steps.values()) {
            CleanedText next = step.clean(cleaned.text());
            cleaned = new CleanedText(next.text(), cleaned.offsets().andThen(next.offsets()));
        }
        return cleaned;
    }
}
