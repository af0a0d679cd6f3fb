package org.corpusbench.api;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where exports may be written: the configured export roots, never Karaf's {@code etc},
 * {@code system} or {@code deploy}. The console and any other face ask this one service.
 */
@ProviderType
public interface ExportFiles {
    /**
     * @param requested the file a user named: relative to the first export root, or absolute inside one
     * @return where to write it (its folder exists)
     * @throws CorpusException naming the path as the user gave it, if it may not be written there
     */
    Path target(String requested);

    /**
     * @param file a file returned by {@link #target}
     * @return the file as users should see it, relative to its export root (such as {@code export/seeds.csv})
     */
    String describe(Path file);
}
