package org.corpusbench.api;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds a corpus from a path: loads it with a loader that accepts it, runs the cleaning steps,
 * segments and stores the result in the repository.
 */
@ProviderType
public interface CorpusImporter {
    /**
     * @param name the new corpus's name
     * @param path a file or folder
     * @param options the user's choices for loading
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus; its view has the {@link CorpusView#loadReport() load report}
     * @throws CorpusException if the corpus exists, the path cannot be read, nothing accepts it or
     *         no input could be read
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo importPath(String name, Path path, LoadOptions options, Progress progress);

    /**
     * Adds what a path holds to an existing corpus: the new corpus holds its documents as they were
     * (not cleaned or segmented again) and the new ones; it replaces the old atomically.
     *
     * @param name an existing corpus
     * @param path a file or folder
     * @param options the user's choices for loading
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus
     * @throws NotFoundException if there is no such corpus
     * @throws CorpusException if the path cannot be read, a new source's id is already in the corpus
     *         or no input could be read
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo extend(String name, Path path, LoadOptions options, Progress progress);

    /**
     * Cleans, splits and segments a corpus's sources again with the cleaning steps, splitter and
     * segmenter present now, after the pipeline changed (a step switched off, reordered or
     * hot-deployed). The sources' original text is rebuilt from their documents; documents that came
     * with their own tokens are kept as they are. The new corpus replaces the old atomically.
     *
     * @param name an existing corpus
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus
     * @throws NotFoundException if there is no such corpus
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo reclean(String name, Progress progress);

    /**
     * Cleans, splits and segments a corpus's sources again, as {@link #reclean(String, Progress)},
     * with other per-load cleaning settings.
     *
     * @param name an existing corpus
     * @param cleaning the cleaning settings for this run ({@link LoadOptions#cleaning()}), or null to
     *        reuse those its provenance records
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus
     * @throws NotFoundException if there is no such corpus
     * @throws CorpusException if a setting is unknown or refused
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo reclean(String name, Map<String, String> cleaning, Progress progress);

    /**
     * Segments a corpus's documents again with the segmenter and dictionaries its provenance names, as
     * they are now (after a word was added to a dictionary): the result is what a full import with them
     * gives, token for token. Documents the segmenter proves it cuts as before
     * ({@link Segmenter#cutsAlike}) keep their tokens; cleaning is not run again.
     *
     * @param name an existing corpus
     * @param progress reports the documents done; cancelling leaves the repository as it was
     * @return the stored corpus; its provenance counts the documents segmented again
     * @throws NotFoundException if there is no such corpus, or its segmenter or a dictionary is gone
     * @throws java.util.concurrent.CancellationException if cancelled
     * @since 1.10
     */
    default CorpusInfo resegment(String name, Progress progress) {
        throw new CorpusException("This importer cannot segment a corpus again");
    }
}
