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
     * @param options the user's choices for loading
     * @param progress reports each stage; cancelling leaves the repository as it was
     * @return the stored corpus; its view has the {@link CorpusView#loadReport() load report}
     * @throws CorpusException if the corpus exists, the path cannot be read, nothing accepts it or
     *         no input could be read
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    CorpusInfo importPath(String name, Path path, LoadOptions options, Progress progress);
}
