package org.corpusbench.loader.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;

/**
 * Reads a text file, or every {@code .txt} file under a folder (recursively, in path order, not
 * following symbolic links), decoding each with {@link TextDecoder}. The encoding, how sure the
 * detection was and any undecodable bytes (counted, with their first offsets) go into the
 * source's metadata and its report. In a folder, a file that cannot be read (empty, binary, too
 * large, unreadable, a symbolic link, which is never followed) is skipped with its reason and the
 * others load; a single file that cannot be read is an error. A file larger than the maximum
 * document size is refused before it is read. Messages, reports and the {@code path} metadata name
 * a file by its path in the loaded folder (its id), a single file by its name ({@link Inputs}).
 *
 * <p>The {@code text} loader reads with this class; a program that has the files' bytes rather than
 * their paths (a Spark job on a Hadoop file system) reads each with {@link #read(String, byte[], LoadOptions)}
 * or, as a file of a loaded folder, {@link #readInFolder}, and gets the same sources and reports.
 * Thread-safe.
 */
public final class TextFileReader {
    /** The extension of the files read, in a folder or an archive. */
    public static final String EXTENSION = ".txt";

    private final TextSources sources = new TextSources();

    /** @return whether the text loader reads this path: a folder or a {@code .txt} file */
    public boolean accepts(Path path) {
        return Files.isDirectory(path) || (Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION));
    }

    /**
     * Reads a file or a folder, as the {@code text} loader does.
     *
     * @throws CorpusException if the path, or the single file it names, cannot be loaded
     */
    public void read(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        String name = Inputs.name(path);
        if (!Files.exists(path)) {
            throw new CorpusException("Cannot load '" + name + "': no such file or folder");
        }
        if (!Files.isReadable(path)) {
            throw new CorpusException("Cannot load '" + name + "': not readable");
        }
        List<Path> files = Files.isDirectory(path) ? listTextFiles(path, new PathFilter(options)) : List.of(path);
        if (files.isEmpty()) {
            boolean filtered = !options.include().isEmpty() || !options.exclude().isEmpty();
            throw new CorpusException("Cannot load '" + name + "': it holds no " + EXTENSION + " files"
                    + (filtered ? " that the include and exclude patterns let through" : ""));
        }
        Charset given = charset(options);
        if (!Files.isDirectory(path)) {
            sink.accept(read(path, name, given, options.maxDocumentBytes()));
            progress.report("loading", 1, 1);
            return;
        }
        int done = 0;
        Throughput throughput = new Throughput();
        for (Path file : files) {
            progress.checkCancelled();
            String id = path.relativize(file).toString().replace('\\', '/');
            LoadedSource source;
            try {
                if (Files.isSymbolicLink(file)) {
                    throw new CorpusException("Cannot load '" + id + "': it is a symbolic link, which a folder import "
                            + "does not follow");
                }
                source = read(file, id, given, options.maxDocumentBytes());
            } catch (CorpusException e) {
                skipped.accept(skipped(id, e));
                progress.report(throughput.describe(), ++done, files.size());
                continue;
            }
            throughput.add(Long.parseLong(source.source().metadata().get("size")));
            sink.accept(source);
            progress.report(throughput.describe(), ++done, files.size());
        }
    }

    /**
     * Reads one file of a loaded folder from its bytes, as {@link #read(Path, LoadOptions, Consumer, Consumer, Progress)}
     * does: the file's source, or, if it cannot be loaded, its report as a skipped file.
     *
     * @param id the file's path relative to the loaded folder, with {@code /} between names: its source id
     * @param bytes the file's content
     */
    public void readInFolder(String id, byte[] bytes, LoadOptions options, Consumer<LoadedSource> sink,
            Consumer<SourceReport> skipped) {
        Charset given = charset(options); // outside: an unknown encoding fails the load, not one file
        LoadedSource source;
        try {
            source = decode(id, bytes, given, options.maxDocumentBytes());
        } catch (CorpusException e) {
            skipped.accept(skipped(id, e));
            return;
        }
        sink.accept(source);
    }

    /**
     * Reads one file from its bytes, as the {@code text} loader reads a single file (or, named by its
     * path in a folder, a file of the folder).
     *
     * @param id the source id and the name in messages and reports: the file's name, or its path in a loaded folder
     * @param bytes the file's content
     * @return the decoded source, its metadata and its report
     * @throws CorpusException if it cannot be loaded (too large, empty, binary, unknown encoding), naming it
     */
    public LoadedSource read(String id, byte[] bytes, LoadOptions options) {
        return decode(id, bytes, charset(options), options.maxDocumentBytes());
    }

    /** @return the report of a file of a loaded folder that could not be loaded, as the text loader makes it */
    public static SourceReport skipped(String id, CorpusException problem) {
        return SourceReport.skipped(id, problem.getMessage());
    }

    static Charset charset(LoadOptions options) {
        if (!options.encodingGiven()) {
            return null;
        }
        try {
            return Charset.forName(options.encoding());
        } catch (IllegalArgumentException e) {
            throw new CorpusException("Unknown encoding '" + options.encoding() + "'; use a name such as GB18030, Big5, "
                    + "UTF-8 or UTF-16LE");
        }
    }

    /**
     * The files of a loaded folder that the {@code text} loader reads, in the order it reads them, for a
     * program that lists the folder itself.
     *
     * @param ids the paths of the folder's files relative to it, with {@code /} between names
     * @return those it reads (the {@code .txt} files that the include and exclude patterns let through), in order
     */
    public static List<String> inFolder(List<String> ids, LoadOptions options) {
        PathFilter filter = new PathFilter(options);
        return ids.stream().map(Path::of).filter(relative -> admits(relative, filter)).sorted()
                .map(relative -> relative.toString().replace('\\', '/')).toList();
    }

    private static boolean admits(Path relative, PathFilter filter) {
        return relative.getFileName().toString().endsWith(EXTENSION) && filter.admits(relative);
    }

    private static List<Path> listTextFiles(Path folder, PathFilter filter) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .filter(p -> admits(folder.relativize(p), filter)).sorted().forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new CorpusException("Cannot list '" + Inputs.name(folder) + "': " + IoProblems.reason(e), e);
        } catch (UncheckedIOException e) {
            throw new CorpusException("Cannot list '" + Inputs.name(folder) + "': " + IoProblems.reason(e.getCause()), e);
        }
    }

    /** @param id the source id, which names the file to its user: its name, or its path in the loaded folder */
    private LoadedSource read(Path file, String id, Charset given, long maxBytes) {
        byte[] bytes;
        try {
            checkSize(id, Files.size(file), maxBytes); // before reading, so a huge file is never read
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + id + "': " + IoProblems.reason(e), e);
        }
        return decode(id, bytes, given, maxBytes);
    }

    private LoadedSource decode(String id, byte[] bytes, Charset given, long maxBytes) {
        checkSize(id, bytes.length, maxBytes);
        return sources.decode(bytes, id, id, Map.of("path", id), given);
    }

    private static void checkSize(String id, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new CorpusException("Cannot load '" + id + "': its " + size + " bytes exceed the maximum document "
                    + "size of " + maxBytes + " bytes");
        }
    }
}
