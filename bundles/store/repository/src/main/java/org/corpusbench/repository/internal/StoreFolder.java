package org.corpusbench.repository.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.corpusbench.api.CorpusRepository;
import org.corpusbench.api.CorpusView;

/**
 * Opens a corpus of a store folder in plain Java, without OSGi, for tools that run beside the
 * workbench such as the analysis and import benchmarks. The folder must not be in use by a running workbench:
 * opening a store removes the leftovers of interrupted commits.
 */
public final class StoreFolder {
    private StoreFolder() {
    }

    /**
     * @param root the folder of all corpora (the repository's configured directory)
     * @param corpus a corpus name
     * @param warnings receives one sentence per corpus of the folder that cannot be opened
     * @return the corpus
     * @throws org.corpusbench.api.NotFoundException if the folder holds no such corpus
     */
    public static CorpusView open(Path root, String corpus, Consumer<String> warnings) {
        return new CorpusStore(root, Clock.systemUTC(), warnings).require(corpus);
    }

    /**
     * @param root the folder of all corpora, made if missing
     * @param warnings receives one sentence per corpus of the folder that cannot be opened
     * @return the repository of that folder, to store corpora in and read them
     */
    public static CorpusRepository repository(Path root, Consumer<String> warnings) {
        return new CorpusStore(root, Clock.systemUTC(), warnings);
    }
}
