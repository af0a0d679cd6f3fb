package org.corpusbench.importer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;

/**
 * The folders imports may read from. A path is judged by its real location, after following
 * symbolic links and resolving {@code ..}, so neither can lead outside the roots. Roots are
 * resolved at each check: one created or relinked after start-up counts as it is then.
 */
final class ImportRoots {
    private final List<Path> configured;

    /** @param configured folders; one that does not exist admits nothing until it does */
    ImportRoots(List<Path> configured) {
        this.configured = List.copyOf(configured);
    }

    /**
     * @param path what the user asked to load
     * @return its real path
     * @throws CorpusException if it does not exist or lies outside every root
     */
    Path check(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new CorpusException("Cannot load '" + path + "': no such file or folder");
        }
        List<Path> roots = existingRoots();
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new CorpusException("Cannot load '" + path + "': it is outside the import roots ("
                    + (roots.isEmpty() ? "none exist" : roots.stream().map(Path::toString).collect(Collectors.joining(", ")))
                    + "); add its folder to import.roots in etc/org.corpusbench.importer.cfg");
        }
        return real;
    }

    private List<Path> existingRoots() {
        List<Path> real = new ArrayList<>();
        for (Path root : configured) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // not there (yet): admits nothing
            }
        }
        return real;
    }
}
