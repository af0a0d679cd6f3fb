package org.corpusbench.loader.text.internal;

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
 */
final class TextFileReader {
    static final String EXTENSION = ".txt";

    private final TextSources sources = new TextSources();

    boolean accepts(Path path) {
        return Files.isDirectory(path) || (Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION));
    }

    void read(Path path, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
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
                skipped.accept(SourceReport.skipped(id, e.getMessage()));
                progress.report(throughput.describe(), ++done, files.size());
                continue;
            }
            throughput.add(Long.parseLong(source.source().metadata().get("size")));
            sink.accept(source);
            progress.report(throughput.describe(), ++done, files.size());
        }
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

    private static List<Path> listTextFiles(Path folder, PathFilter filter) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(p -> filter.admits(folder.relativize(p))).sorted().forEach(files::add);
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
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CorpusException("Cannot load '" + id + "': its " + size + " bytes exceed the maximum document "
                        + "size of " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + id + "': " + IoProblems.reason(e), e);
        }
        return sources.decode(bytes, id, id, Map.of("path", id), given);
    }
}
