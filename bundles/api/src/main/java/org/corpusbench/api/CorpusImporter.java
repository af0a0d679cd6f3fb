package org.corpusbench.api;

import java.nio.file.Path;
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
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus
     * @throws CorpusException if the corpus exists, the path cannot be read or nothing accepts it
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo importPath(String name, Path path, Progress progress);
}
