package org.corpusbench.importer.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.corpusbench.api.CorpusInfo;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Segmenter;
import org.corpusbench.api.Token;

/**
 * Segments a stored corpus's documents again, with its segmenter as it is now (after a dictionary
 * changed): a document the segmenter proves it cuts as before ({@link Segmenter#cutsAlike}) keeps its
 * stored tokens, any other is cut again from its cleaned text. Cleaning is not run again, so the
 * result is what a full import with the new segmenter gives. Documents stored with their source's
 * tokens are copied. The new corpus replaces the old atomically.
 *
 * @param segmenter the segmenter as it is now
 * @param sameCuts which texts it is proven to cut as the corpus's tokens were cut
 * @param threads how many threads test and cut
 */
record Resegmentation(Segmenter segmenter, Predicate<String> sameCuts, int threads) {
    /** Provenance key: when the corpus was last segmented again. */
    static final String RESEGMENTED = "resegmented";
    /** Provenance key: how many documents the last re-segmentation cut again. */
    static final String RESEGMENTATION = "resegmentation";

    /**
     * @param provenance the corpus's provenance with the segmenter's and dictionaries' keys as they are now
     * @return the stored corpus
     */
    CorpusInfo run(CorpusRepository repository, CorpusView corpus, Map<String, String> provenance, Progress progress) {
        Map<String, String> stored = new HashMap<>(provenance);
        stored.remove(CorpusInfo.STORE_FORMAT);
        stored.put(RESEGMENTED, Instant.now().toString());
        AtomicInteger cut = new AtomicInteger();
        AtomicInteger kept = new AtomicInteger();
        try (CorpusWriter writer = repository.create(corpus.info().name(), stored, true)) {
            corpus.sources().forEach(writer::addSource);
            ParallelSegmentation segmentation = new ParallelSegmentation(threads, writer, progress);
            try {
                for (int index = 0; index < corpus.documentCount(); index++) {
                    progress.checkCancelled();
                    int documentIndex = index;
                    segmentation.add(() -> { // the view is thread-safe: reading and testing run on the pool too
                        Document document = corpus.document(documentIndex);
                        boolean given = ImportPipeline.AS_GIVEN.equals(document.metadata().get(ImportPipeline.SEGMENTATION));
                        List<Token> tokens;
                        if (given || sameCuts.test(document.cleanedText())) {
                            tokens = CorpusCopy.tokens(corpus, documentIndex);
                            kept.addAndGet(given ? 0 : 1);
                        } else {
                            tokens = segmenter.segment(document.cleanedText());
                            cut.incrementAndGet();
                        }
                        return List.of(new ParallelSegmentation.Segmented(document, corpus.offsets(documentIndex), tokens));
                    }, CorpusCopy.cleanedLength(corpus, documentIndex, documentIndex + 1));
                    progress.report("resegmenting", index + 1, corpus.documentCount());
                }
                segmentation.finish();
            } finally {
                segmentation.close();
            }
            writer.putProvenance(RESEGMENTATION, cut.get() + " of " + corpus.documentCount() + " documents cut again, "
                    + kept.get() + " proven to cut as before");
            writer.setLoadReport(corpus.loadReport());
            writer.setCleaningReport(corpus.cleaningReport());
            return writer.commit();
        }
    }
}
