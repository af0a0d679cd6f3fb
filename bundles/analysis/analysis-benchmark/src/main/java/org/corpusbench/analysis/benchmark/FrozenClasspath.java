package org.corpusbench.analysis.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private copy of this JVM's class path. The measuring JVMs run for many minutes while the
 * modules they load classes from may be rebuilt (target/classes, the local repository); a class
 * loaded late from a rebuilt module would be missing or of another version.
 */
final class FrozenClasspath implements AutoCloseable {
    private final Path folder;
    private final String classpath;

    FrozenClasspath(String classpath) throws IOException {
        folder = Files.createTempDirectory("analysis-benchmark-classpath");
        List<String> copies = new ArrayList<>();
        String[] entries = classpath.split(File.pathSeparator);
        for (int i = 0; i < entries.length; i++) {
            Path entry = Path.of(entries[i]);
            Path copy = folder.resolve(i + "-" + entry.getFileName());
            copyTree(entry, copy);
            copies.add(copy.toString());
        }
        this.classpath = String.join(File.pathSeparator, copies);
    }

    String classpath() {
        return classpath;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
