package org.corpusbench.importer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.corpusbench.api.CorpusException;

/**
 * The folders imports may read from. A path is judged by its real location, after following
 * symbolic links and resolving {@code ..}, so neither can lead outside the roots.
 */
final class ImportRoots {
    private final List<Path> roots;

    /** @param roots folders; those that do not exist are ignored */
    ImportRoots(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // a configured root that does not exist (yet) admits nothing
            }
        }
        this.roots = List.copyOf(real);
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
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new CorpusException("Cannot load '" + path + "': it is outside the import roots (" + describe()
                    + "); add its folder to import.roots in etc/org.corpusbench.importer.cfg");
        }
        return real;
    }

    private String describe() {
        return roots.isEmpty() ? "none exist" : roots.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
