package org.corpusbench.loader.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.corpusbench.api.CorpusException;
import org.corpusbench.api.IoProblems;
import org.corpusbench.api.LoadOptions;
import org.corpusbench.api.LoadedSource;
import org.corpusbench.api.Progress;
import org.corpusbench.api.SourceReport;

/**
 * Reads the {@code .txt} entries of a zip archive, in entry-name order, decoding each like a file.
 * Nothing is extracted to disk. Entries are skipped, with their reason, when their name would
 * escape the archive ({@code ..}, absolute or drive paths, backslashes, percent-encoded dots and
 * slashes, which some extractors decode), when they are not
 * {@code .txt} files, when they expand beyond the maximum document size, or when they expand more
 * than {@value #MAX_RATIO} times their compressed size (a zip bomb); the whole archive is refused
 * once it has expanded beyond {@link #maxTotalBytes}. Entry names are read as UTF-8 and, when an
 * archive made on a Chinese Windows system stores them in GBK without saying so, as GB18030.
 *
 * <p>The {@code zip} loader reads with this class; a program that has an archive's bytes rather than
 * its path (a Spark job on a Hadoop file system) reads it with
 * {@link #read(String, InputStream, LoadOptions, Consumer, Consumer, Progress)} and gets the same
 * sources and reports. Thread-safe.
 */
public final class ZipReader {
    /** An archive may expand to 16 GiB in all, each entry to the maximum document size. */
    public static final long MAX_TOTAL_BYTES = 16L << 30;
    static final long MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1 << 20;
    private static final Pattern ESCAPING = Pattern.compile("(^|/)\\.\\.(/|$)|^/|^[A-Za-z]:|\\\\|(?i)%2e|%2f|%5c");

    private final TextSources sources = new TextSources();
    private final long maxTotalBytes;

    /** The {@code zip} loader's reader: archives expand to at most {@link #MAX_TOTAL_BYTES}. */
    public ZipReader() {
        this(MAX_TOTAL_BYTES);
    }

    ZipReader(long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
    }

    /** @return whether the zip loader reads this path: a {@code .zip} file */
    public boolean accepts(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Reads an archive's {@code .txt} entries, as the {@code zip} loader does.
     *
     * @throws CorpusException if the archive cannot be read or expands beyond its limit
     */
    public void read(Path archive, LoadOptions options, Consumer<LoadedSource> sink, Consumer<SourceReport> skipped,
            Progress progress) {
        read(archive, Inputs.name(archive), options, sink, skipped, progress);
    }

    /**
     * Reads an archive from its bytes, as {@link #read(Path, LoadOptions, Consumer, Consumer, Progress)} reads
     * the file: they are copied to a temporary file first (deleted afterwards), since entries are read by
     * the archive's central directory, in name order, as from a file.
     *
     * @param name the archive's file name, which names its entries' sources ({@code name!/entry})
     * @param archive the archive's bytes; not closed
     * @throws CorpusException if the archive cannot be read or expands beyond its limit
     */
    public void read(String name, InputStream archive, LoadOptions options, Consumer<LoadedSource> sink,
            Consumer<SourceReport> skipped, Progress progress) {
        Path copy;
        try {
            copy = Files.createTempFile("corpusbench-", ".zip");
        } catch (IOException e) {
            throw new CorpusException("Cannot read archive '" + name + "': no temporary file: " + IoProblems.reason(e), e);
        }
        try {
            Files.copy(archive, copy, StandardCopyOption.REPLACE_EXISTING);
            read(copy, name, options, sink, skipped, progress);
        } catch (IOException e) {
            throw new CorpusException("Cannot read archive '" + name + "': " + IoProblems.reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                copy.toFile().deleteOnExit(); // a later try; the load itself went well or has its own error
            }
        }
    }

    private void read(Path archive, String name, LoadOptions options, Consumer<LoadedSource> sink,
            Consumer<SourceReport> skipped, Progress progress) {
        Charset given = TextFileReader.charset(options);
        try (Opened opened = open(archive)) {
            ZipFile zip = opened.zip();
            List<? extends ZipEntry> entries = opened.entries();
            long expanded = 0;
            int done = 0;
            Throughput throughput = new Throughput();
            for (ZipEntry entry : entries) {
                progress.checkCancelled();
                progress.report(throughput.describe(), done++, entries.size());
                if (entry.isDirectory()) {
                    continue;
                }
                String location = name + "!/" + entry.getName();
                String problem = problem(entry);
                if (problem != null) {
                    skipped.accept(SourceReport.skipped(location, "Cannot load '" + location + "': " + problem));
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readCapped(in, entry, options.maxDocumentBytes(), location);
                } catch (CorpusException e) {
                    skipped.accept(SourceReport.skipped(location, e.getMessage()));
                    continue;
                }
                expanded += bytes.length;
                throughput.add(bytes.length);
                if (expanded > maxTotalBytes) {
                    throw new CorpusException("Cannot load '" + name + "': it expands beyond " + maxTotalBytes + " bytes");
                }
                try {
                    sink.accept(sources.decode(bytes, entry.getName(), location,
                            Map.of("archive", name, "entry", entry.getName()), given));
                } catch (CorpusException e) {
                    if (!e.getMessage().startsWith("Cannot load '" + location + "'")) {
                        throw e;
                    }
                    skipped.accept(SourceReport.skipped(location, e.getMessage()));
                }
            }
            progress.report(throughput.describe(), entries.size(), entries.size());
        } catch (IOException e) {
            throw new CorpusException("Cannot read archive '" + name + "': " + IoProblems.reason(e), e);
        }
    }

    /** An open archive and its entries in name order. */
    private record Opened(ZipFile zip, List<ZipEntry> entries) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Opens with UTF-8 names, or GB18030 ones when the names are not UTF-8; listing decodes them. */
    private static Opened open(Path archive) throws IOException {
        try {
            return list(new ZipFile(archive.toFile(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | ZipException e) {
            if (e instanceof ZipException && !String.valueOf(e.getMessage()).contains("bad entry name")) {
                throw e;
            }
            return list(new ZipFile(archive.toFile(), Charset.forName("GB18030")));
        }
    }

    private static Opened list(ZipFile zip) throws IOException {
        try {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            entries.sort(Comparator.comparing(ZipEntry::getName));
            return new Opened(zip, entries);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static String problem(ZipEntry entry) {
        String name = entry.getName();
        if (ESCAPING.matcher(name).find()) {
            return "its name escapes the archive";
        }
        if (!name.endsWith(TextFileReader.EXTENSION)) {
            return "not a " + TextFileReader.EXTENSION + " file";
        }
        return null;
    }

    /** Reads at most the maximum document size, and stops a bomb before it expands. */
    private static byte[] readCapped(InputStream in, ZipEntry entry, long maxBytes, String location) throws IOException {
        long compressed = entry.getCompressedSize();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new CorpusException("Cannot load '" + location + "': it expands beyond the maximum document size of "
                        + maxBytes + " bytes");
            }
            if (compressed > 0 && total > RATIO_FLOOR && total > compressed * MAX_RATIO) {
                throw new CorpusException("Cannot load '" + location + "': it expands more than " + MAX_RATIO
                        + " times its compressed size, like a zip bomb");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
