package org.corpusbench.importer.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corpusbench.api.CleaningReport;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusLoader;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadReport;
import org.corpusbench.api.PreparedCleaning;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Source;
import org.corpusbench.api.SourceReport;
import org.corpusbench.api.Token;

/**
 * One import: every source the loader reads is cleaned (and split into documents) by the load's
 * {@link PreparedCleaning}, segmented and written; the corpus is committed only when all sources
 * succeeded, so a failure or a cancellation leaves the repository as it was. Cleaning and
 * segmentation run on {@code threads} threads while the documents are written in load order.
 * {@link #reclean} runs the same pipeline over a stored corpus's sources. What cleaning did to each
 * source goes to the corpus's {@link CleaningReport}, not into its documents' metadata.
 *
 * @param loader reads the sources; null for a pipeline that only cleans again
 * @param loaderName recorded in provenance
 * @param cleaning cleans and splits a source; its provenance (steps, splitter, per-load settings) is recorded
 * @param chosen splits cleaned text into tokens, with its user dictionaries; recorded in provenance
 * @param threads how many threads clean and segment
 */
record ImportPipeline(CorpusLoader loader, String loaderName, PreparedCleaning cleaning, ChosenSegmenter chosen, int threads) {
    /** Metadata key of a document stored with the tokens its source gave; never cleaned again. */
    static final String SEGMENTATION = "segmentation";
    /** The value of {@link #SEGMENTATION} for such a document. */
    static final String AS_GIVEN = "as given";
    /** The segmenter recorded in provenance when every source came with its own tokens. */
    static final String AS_GIVEN_BY_THE_SOURCE = "as given by the source";

    /** A pipeline that cleans and segments on as many threads as there are cores. */
    ImportPipeline(CorpusLoader loader, String loaderName, PreparedCleaning cleaning, ChosenSegmenter chosen) {
        this(loader, loaderName, cleaning, chosen, Runtime.getRuntime().availableProcessors());
    }

    /** A pipeline with a segmenter without user dictionaries, on as many threads as there are cores. */
    ImportPipeline(CorpusLoader loader, String loaderName, PreparedCleaning cleaning, Segmenter segmenter, String segmenterName) {
        this(loader, loaderName, cleaning, segmenter, segmenterName, Runtime.getRuntime().availableProcessors());
    }

    /** A pipeline with a segmenter without user dictionaries. */
    ImportPipeline(CorpusLoader loader, String loaderName, PreparedCleaning cleaning, Segmenter segmenter, String segmenterName,
            int threads) {
        this(loader, loaderName, cleaning, new ChosenSegmenter(segmenterName, segmenter, List.of()), threads);
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
        putPipeline(provenance);
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
            int[] given = new int[2]; // sources with their own tokens, all sources
            if (existing != null) {
                given[0] = CorpusCopy.copy(existing, writer, progress);
                given[1] = existing.sources().size();
            }
            Reports cleaned = new Reports();
            ParallelSegmentation segmentation = new ParallelSegmentation(threads, writer, progress);
            try {
                loader.load(path, options, loaded -> {
                    progress.checkCancelled();
                    reports.add(loaded.report());
                    writer.addSource(loaded.source());
                    given[1]++;
                    if (loaded.tokens() != null) { // pre-segmented: stored as given, neither cleaned nor segmented
                        given[0]++;
                        Document document = new Document(loaded.source().id(), loaded.source().id(),
                                givenMetadata(loaded.documentMetadata()), loaded.text(), loaded.text());
                        segmentation.add(() -> List.of(new ParallelSegmentation.Segmented(document, null, loaded.tokens())),
                                loaded.text().length());
                        return;
                    }
                    int slot = cleaned.reserve();
                    segmentation.add(() -> cleanAndSegment(loaded.source(), loaded.text(), cleaned, slot), loaded.text().length());
                }, reports::add, progress);
                segmentation.finish();
            } finally {
                segmentation.close();
            }
            putGivenTokens(writer, given[0], given[1]);
            progress.checkCancelled();
            if (reports.stream().allMatch(r -> r.outcome() == SourceReport.Outcome.SKIPPED)) {
                throw new CorpusException("Nothing could be loaded from '"
                        + (path.getFileName() == null ? path : path.getFileName()) + "': " + reports.size() + " inputs skipped"
                        + reports.stream().limit(3).map(r -> "; " + r.problem()).collect(Collectors.joining()));
            }
            List<SourceReport> all = new ArrayList<>();
            if (existing != null) {
                all.addAll(existing.loadReport().sources());
            }
            all.addAll(reports);
            writer.setLoadReport(new LoadReport(all));
            writer.setCleaningReport(existing == null ? cleaned.report() : existing.cleaningReport().plus(cleaned.report()));
            return writer.commit();
        }
    }

    /**
     * Cleans, splits and segments a stored corpus's sources again, rebuilding each source's text from
     * its documents' original texts; documents stored with their source's tokens are copied as they
     * are, and the provenance says so as an import does. The new corpus replaces the old one
     * atomically.
     */
    CorpusInfo reclean(CorpusRepository repository, CorpusView corpus, Progress progress) {
        Map<String, String> provenance = new HashMap<>(corpus.info().provenance());
        provenance.remove(CorpusInfo.STORE_FORMAT);
        provenance.remove(CorpusInfo.SEGMENTATION); // counted again below
        provenance.keySet().removeIf(key -> key.startsWith(CorpusInfo.CLEANING_OPTION_PREFIX)); // this run's settings replace them
        putPipeline(provenance);
        provenance.put(CorpusInfo.RECLEANED, Instant.now().toString());
        Map<String, Source> sources = new HashMap<>();
        corpus.sources().forEach(source -> sources.put(source.id(), source));
        try (CorpusWriter writer = repository.create(corpus.info().name(), provenance, true)) {
            corpus.sources().forEach(writer::addSource);
            Reports cleaned = new Reports();
            ParallelSegmentation segmentation = new ParallelSegmentation(threads, writer, progress);
            int given = 0;
            try {
                int document = 0;
                while (document < corpus.documentCount()) {
                    progress.checkCancelled();
                    int first = document;
                    // only the documents' headers are read here: decoding their texts and tokens runs on the pool
                    if (AS_GIVEN.equals(corpus.metadata(first).get(SEGMENTATION))) { // its source's only document
                        given++;
                        segmentation.add(() -> List.of(new ParallelSegmentation.Segmented(corpus.document(first), null,
                                CorpusCopy.tokens(corpus, first))), CorpusCopy.cleanedLength(corpus, first, first + 1));
                        document++;
                        continue;
                    }
                    String sourceId = corpus.sourceId(first);
                    int next = first + 1;
                    while (next < corpus.documentCount() && corpus.sourceId(next).equals(sourceId)) {
                        next++;
                    }
                    Source source = sources.getOrDefault(sourceId, new Source(sourceId, sourceId, Map.of()));
                    int end = next;
                    int slot = cleaned.reserve();
                    segmentation.add(() -> cleanAndSegment(source, originalText(corpus, first, end), cleaned, slot),
                            CorpusCopy.cleanedLength(corpus, first, end));
                    progress.report("recleaning", next, corpus.documentCount());
                    document = next;
                }
                segmentation.finish();
            } finally {
                segmentation.close();
            }
            putGivenTokens(writer, given, corpus.sources().size());
            writer.setLoadReport(corpus.loadReport());
            writer.setCleaningReport(cleaned.report());
            return writer.commit();
        }
    }

    /**
     * The metadata of a document stored with its source's tokens: what its loader gave for it (a
     * Parquet row's headline, date, ...) and {@link #SEGMENTATION}, which marks it as never to be
     * cleaned again and so wins over a loader's key of that name.
     */
    static Map<String, String> givenMetadata(Map<String, String> fromLoader) {
        Map<String, String> metadata = new HashMap<>(fromLoader);
        metadata.put(SEGMENTATION, AS_GIVEN);
        return metadata;
    }

    /** @return the original text of a source, rebuilt from its documents {@code from..to-1}, each decoded once */
    private static String originalText(CorpusView corpus, int from, int to) {
        StringBuilder original = new StringBuilder();
        for (int document = from; document < to; document++) {
            original.append(corpus.document(document).originalText());
        }
        return original.toString();
    }

    private List<ParallelSegmentation.Segmented> cleanAndSegment(Source source, String text, Reports reports, int slot) {
        PreparedCleaning.CleanedSource cleaned = cleaning.clean(source, text);
        reports.fill(slot, cleaned.report());
        return cleaned.documents().stream()
                .map(document -> new ParallelSegmentation.Segmented(document.document(), document.offsets(),
                        chosen.segmenter().segment(document.document().cleanedText())))
                .toList();
    }

    /**
     * The cleaning reports of the sources in the order they were added, filled in by the threads that
     * clean them; a slot is reserved when a source is queued. Sources stored with their own tokens
     * were not cleaned and have none.
     */
    private static final class Reports {
        private final List<CleaningReport.SourceCleaning> slots = Collections.synchronizedList(new ArrayList<>());

        int reserve() {
            slots.add(null);
            return slots.size() - 1;
        }

        void fill(int slot, CleaningReport.SourceCleaning report) {
            slots.set(slot, report);
        }

        CleaningReport report() {
            synchronized (slots) {
                return new CleaningReport(slots.stream().filter(Objects::nonNull).toList());
            }
        }
    }

    /**
     * Records how many sources kept the tokens they came with; when all did, neither the segmenter nor
     * the cleaning steps touched the corpus, whatever the pipeline that {@link #putPipeline} recorded.
     */
    private static void putGivenTokens(CorpusWriter writer, int given, int sources) {
        if (given > 0) {
            writer.putProvenance(CorpusInfo.SEGMENTATION, given + " of " + sources + " sources stored with the tokens they came with");
            if (given == sources) {
                writer.putProvenance(CorpusInfo.SEGMENTER, AS_GIVEN_BY_THE_SOURCE);
                writer.putProvenance(CorpusInfo.CLEANING, "");
            }
        }
    }

    private void putPipeline(Map<String, String> provenance) {
        provenance.putAll(cleaning.provenance());
        chosen.putProvenance(provenance);
    }
}
