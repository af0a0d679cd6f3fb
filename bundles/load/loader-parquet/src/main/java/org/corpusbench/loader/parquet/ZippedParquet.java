package org.corpusbench.loader.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.corpusbench.api.CorpusException;

/**
 * A zip of a Spark job's Parquet folder (what a REST upload sends), unpacked into a temporary folder
 * because Parquet is read by seeking, and removed when closed. Only {@code .parquet} entries are
 * unpacked, each under its own file name, so no entry can write outside the folder.
 *
 * @param folder the temporary folder that holds the unpacked files
 */
record ZippedParquet(Path folder) implements AutoCloseable {
    /** At most this many bytes are unpacked, as the zip loader's limit. */
    private static final long MAX_BYTES = 16L << 30;

    /** @return whether every file in the zip is a Parquet file or Spark's marker or checksum, and one is Parquet */
    static boolean holdsParquet(Path zip) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            boolean parquet = false;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = fileName(entry).toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || name.equals(ParquetCorpusReader.SUCCESS.toLowerCase(Locale.ROOT)) || name.endsWith(".crc")) {
                    continue;
                }
                if (!name.endsWith(ParquetCorpusReader.EXTENSION)) {
                    return false;
                }
                parquet = true;
            }
            return parquet;
        } catch (IOException e) {
            return false;
        }
    }

    /** @throws CorpusException if the zip cannot be read or unpacks beyond its limit */
    static ZippedParquet extract(Path zip) {
        ZippedParquet unzipped;
        try {
            unzipped = new ZippedParquet(Files.createTempDirectory("corpusbench-parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            long bytes = 0;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = fileName(entry);
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(ParquetCorpusReader.EXTENSION)
                        || name.startsWith(".") || name.startsWith("_")) {
                    continue;
                }
                Path target = unzipped.folder.resolve(name);
                if (Files.exists(target)) {
                    throw new CorpusException("'" + zip.getFileName() + "' holds '" + name + "' twice");
                }
                try (InputStream in = archive.getInputStream(entry)) {
                    bytes += Files.copy(in, target);
                }
                if (bytes > MAX_BYTES) {
                    throw new CorpusException("'" + zip.getFileName() + "' unpacks to more than " + MAX_BYTES + " bytes");
                }
            }
            return unzipped;
        } catch (IOException | RuntimeException e) {
            unzipped.close();
            if (e instanceof CorpusException corpus) {
                throw corpus;
            }
            throw new CorpusException("'" + zip.getFileName() + "' cannot be read as a zip: " + e.getMessage(), e);
        }
    }

    /** @return the entry's name after its last '/' */
    private static String fileName(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(name.lastIndexOf('/', name.length() - 2) + 1);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the unpacked Parquet files in " + folder, e);
        }
    }
}
