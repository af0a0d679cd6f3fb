package org.corpusbench.repository.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;

/** File operations the store needs to be crash-safe: atomic moves and syncing to the disk. */
final class FileTree {

    private FileTree() {
    }

    /** Renames atomically; refuses to fall back to a copy, which a crash could leave half done. */
    static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new CorpusException("Cannot rename '" + from.getFileName() + "' to '" + to.getFileName()
                    + "' atomically on this file system", e);
        } catch (IOException e) {
            throw new CorpusException("Cannot rename '" + from.getFileName() + "' to '" + to.getFileName() + "': "
                    + IoProblems.reason(e), e);
        }
    }

    /** Writes every file below the folder, and the folders themselves, through to the disk. */
    static void sync(Path folder) throws IOException {
        for (Path path : list(folder)) {
            if (Files.isDirectory(path)) {
                syncFolder(path);
            } else {
                syncFile(path);
            }
        }
    }

    static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes renames inside the folder durable (POSIX allows syncing a directory opened for reading). */
    static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    static long size(Path folder) throws IOException {
        long bytes = 0;
        for (Path path : list(folder)) {
            if (Files.isRegularFile(path)) {
                bytes += Files.size(path);
            }
        }
        return bytes;
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = list(root);
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    /** Deletes what it can; what remains is removed when the store next opens. */
    static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | UncheckedIOException e) {
            // a leftover staging or trash folder, cleared at the next start
        }
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
