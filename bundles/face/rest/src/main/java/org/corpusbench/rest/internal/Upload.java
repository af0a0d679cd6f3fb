package org.corpusbench.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corpusbench.api.CorpusException;

/**
 * An uploaded file, written to a folder of its own under the uploads folder (which lies inside
 * the import roots) and removed with it. The name the client gives is only kept if it is a plain
 * {@code .txt}, {@code .zip}, {@code .csv}, {@code .tsv}, {@code .jsonl}, {@code .vrt} or {@code .parquet} file name, so
 * it can never point elsewhere.
 * The servlet API's rules (its {@code Upload}, private to bundles/face/web, which is to be retired).
 */
final class Upload implements AutoCloseable {
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_. -]{0,100}\\.(txt|zip|csv|tsv|jsonl|ndjson|vrt|vert|parquet)");

    /** The body was larger than allowed. */
    static final class TooLarge extends CorpusException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("The body exceeds the limit of " + limit + " bytes");
        }
    }

    private final Path folder;
    private final Path file;

    private Upload(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /**
     * @param uploads the folder that holds uploads
     * @param name the file name the client gave
     * @param body the request body
     * @param limit the most bytes accepted
     * @throws CorpusException if the name is not a plain name of a file type we load
     * @throws TooLarge if the body exceeds the limit; nothing is kept
     */
    static Upload receive(Path uploads, String name, InputStream body, long limit) throws IOException {
        checkName(name);
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        Upload upload = new Upload(folder, folder.resolve(name));
        try {
            Files.copy(new LimitedInputStream(body, limit), upload.file);
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }

    /** @throws CorpusException unless the name is a plain name of a file type we load */
    static void checkName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new CorpusException("Give the file's name as ?filename=..., a plain name ending in .txt, .zip, .csv, .tsv, .jsonl, .vrt or .parquet, not '"
                    + name + "'");
        }
    }

    /**
     * Removes what uploads left in the folder: those of a process that was killed mid-upload.
     * Called at start, before any upload can be under way.
     */
    static void removeLeftovers(Path uploads) throws IOException {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(uploads)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(uploads)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }
}
