package org.corpusbench.loader.text.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;

/**
 * Reads a text file, or every {@code .txt} file under a folder (recursively, in path order, not
 * following symbolic links), decoding each with {@link TextDecoder}. The encoding, how sure the
 * detection was and any undecodable bytes (counted, with their first offsets) go into the
 * source's metadata. A file larger than the maximum document size is refused before it is read.
 */
final class TextFileReader {
    static final String EXTENSION = ".txt";
    /** The largest file read as one document by default: 64 MiB. */
    static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final TextDecoder decoder = new TextDecoder();
    private final long maxBytes;

    TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    boolean accepts(Path path) {
        return Files.isDirectory(path) || (Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION));
    }

    int read(Path path, Consumer<LoadedSource> sink, Progress progress) {
        if (!Files.exists(path)) {
            throw new CorpusException("Cannot load '" + path + "': no such file or folder");
        }
        if (!Files.isReadable(path)) {
            throw new CorpusException("Cannot load '" + path + "': not readable");
        }
        List<Path> files = Files.isDirectory(path) ? listTextFiles(path) : List.of(path);
        if (files.isEmpty()) {
            throw new CorpusException("Cannot load '" + path + "': it holds no " + EXTENSION + " files");
        }
        Path base = Files.isDirectory(path) ? path : path.getParent();
        int done = 0;
        for (Path file : files) {
            progress.checkCancelled();
            String id = base == null ? file.getFileName().toString() : base.relativize(file).toString().replace('\\', '/');
            sink.accept(read(file, id, decoder, maxBytes));
            progress.report("loading", ++done, files.size());
        }
        return done;
    }

    private static List<Path> listTextFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .sorted().forEach(files::add);
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CorpusException("Cannot list '" + folder + "': " + e.getMessage(), e);
        }
    }

    private static LoadedSource read(Path file, String id, TextDecoder decoder, long maxBytes) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CorpusException("Cannot load '" + file + "': its " + size + " bytes exceed the maximum document "
                        + "size of " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + file + "': " + e.getMessage(), e);
        }
        DecodedText decoded = decoder.decode(bytes, file.toString(), null);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("path", file.toAbsolutePath().toString());
        metadata.put("size", Long.toString(bytes.length));
        metadata.put("encoding", decoded.encoding());
        metadata.put("encoding.confidence", Integer.toString(decoded.confidence()));
        metadata.put("encoding.method", decoded.method());
        metadata.put("undecodable.bytes", Long.toString(decoded.undecodableBytes()));
        if (decoded.undecodableBytes() > 0) {
            metadata.put("undecodable.offsets", Arrays.stream(decoded.undecodableOffsets()).mapToObj(Long::toString)
                    .collect(Collectors.joining(",")));
        }
        return new LoadedSource(new Source(id, file.toAbsolutePath().toString(), metadata), decoded.text());
    }
}
