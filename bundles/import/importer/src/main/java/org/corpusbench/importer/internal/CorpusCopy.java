package org.corpusbench.importer.internal;

import java.util.ArrayList;
import java.util.List;
import org.corpusbench.api.CorpusView;
import org.corpusbench.api.CorpusWriter;
import org.corpusbench.api.Document;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Token;

/**
 * Copies a stored corpus into a writer as it is: sources, documents, offset maps, tokens (one
 * document at a time) and its cleaning report, so extending a corpus never cleans or segments its
 * documents again.
 */
final class CorpusCopy {

    private CorpusCopy() {
    }

    /**
     * @return how many of the documents were stored with their source's tokens (one per such source),
     *         so the provenance of the extended corpus can count them
     */
    static int copy(CorpusView corpus, CorpusWriter writer, Progress progress) {
        corpus.sources().forEach(writer::addSource);
        int given = 0;
        for (int document = 0; document < corpus.documentCount(); document++) {
            progress.checkCancelled();
            Document copied = corpus.document(document);
            if (ImportPipeline.AS_GIVEN.equals(copied.metadata().get(ImportPipeline.SEGMENTATION))) {
                given++;
            }
            writer.addDocument(copied, corpus.offsets(document), tokens(corpus, document));
            progress.report("copying", document + 1, corpus.documentCount());
        }
        writer.setCleaningReport(corpus.cleaningReport());
        return given;
    }

    /**
     * @return about how many chars the cleaned texts of documents {@code from..to-1} hold, read from
     *     where their last tokens end (their original texts are not decoded for this)
     */
    static long cleanedLength(CorpusView corpus, int from, int to) {
        long chars = 0;
        for (int document = from; document < to; document++) {
            int end = corpus.documentStart(document + 1);
            chars += end > corpus.documentStart(document) ? corpus.tokenEnd(end - 1) : 0;
        }
        return chars;
    }

    /** @return a stored document's tokens, with their part-of-speech tags if the corpus has them */
    static List<Token> tokens(CorpusView corpus, int document) {
        List<Token> tokens = new ArrayList<>(corpus.documentStart(document + 1) - corpus.documentStart(document));
        boolean tagged = corpus.hasTags();
        for (int position = corpus.documentStart(document); position < corpus.documentStart(document + 1); position++) {
            int type = corpus.typeId(position);
            tokens.add(new Token(corpus.lexicon().type(type), corpus.tokenStart(position), corpus.tokenEnd(position),
                    corpus.lexicon().category(type), tagged ? corpus.tags().type(corpus.tagId(position)) : null));
        }
        return tokens;
    }
}
