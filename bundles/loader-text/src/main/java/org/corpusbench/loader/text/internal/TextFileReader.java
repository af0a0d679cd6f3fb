package org.corpusbench.loader.text.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.Source;

/**
 * Reads a UTF-8 text file, or every {@code .txt} file under a folder (recursively, in path order,
 * not following symbolic links). Decoding is strict: a byte sequence that is not UTF-8 is an error
 * naming the file and the byte offset, never a silent replacement character.
 */
final class TextFileReader {
    static final String EXTENSION = ".txt";

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
            sink.accept(read(file, id));
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

    private static LoadedSource read(Path file, String id) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + file + "': " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new CorpusException("Cannot load '" + file + "': the file is empty");
        }
        String text = decode(file, bytes);
        Source source = new Source(id, file.toAbsolutePath().toString(),
                Map.of("path", file.toAbsolutePath().toString(), "size", Long.toString(bytes.length), "encoding", "UTF-8"));
        return new LoadedSource(source, text);
    }

    private static String decode(Path file, byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        try {
            String text = decoder.decode(in).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CorpusException("Cannot load '" + file + "': it contains NUL characters, so it looks binary");
            }
            return text;
        } catch (MalformedInputException e) {
            throw new CorpusException("Cannot load '" + file + "': not valid UTF-8 at byte " + in.position(), e);
        } catch (CharacterCodingException e) {
            throw new CorpusException("Cannot load '" + file + "': not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }
}
